import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadonlyVisitor as MetadataVisitor } from '@nestjs/cli/lib/compiler/interfaces/readonly-visitor.interface';
import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator';
import { ReadonlyVisitor } from '@nestjs/swagger/plugin';
import type { Program, SourceFile } from 'typescript';
import { withSortedEnums } from './sorted-enums';

/** The services whose DTOs, entities and controllers the swagger plugin describes; each gets its own metadata file. */
export const DESCRIBED_SERVICES = ['identity', 'scheduling', 'billing', 'claims', 'training'] as const;
export const METADATA_FILENAME = 'openapi-metadata.ts';

const sourceRootOf = (root: string, service: string) => join(root, 'apps', service, 'src');

/** Limits a visitor to one service's own files, so a service's metadata never reaches into libs or other apps. */
const ownFilesOnly = (visitor: ReadonlyVisitor, sourceRoot: string): MetadataVisitor => ({
  key: visitor.key,
  get typeImports() {
    return visitor.typeImports;
  },
  visit: (program: Program, sourceFile: SourceFile) =>
    sourceFile.fileName.startsWith(`${sourceRoot}/`) && !sourceFile.fileName.endsWith('.spec.ts')
      ? visitor.visit(program, sourceFile)
      : undefined,
  collect: () => withSortedEnums(visitor.collect()),
});

/** The swagger plugin's metadata for the DTOs, entities and controllers below one source folder. */
export const metadataOf = (program: Program, sourceRoot: string): string => {
  const scratch = mkdtempSync(join(tmpdir(), 'praxis-openapi-'));
  try {
    const visitor = new ReadonlyVisitor({
      pathToSource: sourceRoot,
      introspectComments: true,
      classValidatorShim: true,
    });
    new PluginMetadataGenerator().generate({
      visitors: [ownFilesOnly(visitor, sourceRoot)],
      outputDir: scratch,
      filename: METADATA_FILENAME,
      tsProgramRef: program,
    });
    return readFileSync(join(scratch, METADATA_FILENAME), 'utf8');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};

/** Runs the swagger plugin's visitors over the type-checked workspace; swc, which builds Praxis, cannot run TypeScript plugins. */
export const generateMetadata = (root: string): Map<string, string> => {
  const program = ReadonlyVisitor.createTsProgram(join(root, 'tsconfig.json'));
  return new Map(DESCRIBED_SERVICES.map((service) => [service, metadataOf(program, sourceRootOf(root, service))]));
};

export const metadataPathOf = (root: string, service: string): string =>
  join(sourceRootOf(root, service), METADATA_FILENAME);

/** Services whose committed metadata no longer matches their DTOs and controllers. */
export const staleMetadata = (root: string, generated: Map<string, string>): string[] =>
  [...generated]
    .filter(([service, text]) => {
      try {
        return readFileSync(metadataPathOf(root, service), 'utf8') !== text;
      } catch {
        return true;
      }
    })
    .map(([service]) => service);
