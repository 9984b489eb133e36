import { writeFileSync } from 'node:fs';
import { generateMetadata, metadataPathOf, staleMetadata } from './openapi-metadata';

/** Run from the workspace root. `--check` fails when a DTO or controller changed without `npm run openapi:metadata`, like the migration drift check. */
const main = () => {
  const root = process.cwd();
  const generated = generateMetadata(root);
  if (process.argv.includes('--check')) {
    const stale = staleMetadata(root, generated);
    if (stale.length === 0) return;
    console.error(
      `OpenAPI metadata is stale for ${stale.join(', ')}: run \`npm run openapi:metadata\` and commit the result.`,
    );
    process.exit(1);
  }
  for (const [service, text] of generated) writeFileSync(metadataPathOf(root, service), text);
};

main();
