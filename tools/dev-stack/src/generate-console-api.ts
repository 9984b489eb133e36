import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE_API_TYPES, generateConsoleApiTypes } from './console-api';
import { withBuiltSystem } from './browser-journeys';
import { withEphemeralInfrastructure } from './ephemeral-infrastructure';

/** `npm run console:api`: boots the services the console talks to on throw-away infrastructure and rewrites its client types. */
export const main = async (root: string): Promise<void> => {
  await withEphemeralInfrastructure(root, { checkDrift: false, environment: process.env }, (shared) =>
    withBuiltSystem(shared, async (gatewayUrl) =>
      writeFileSync(join(root, CONSOLE_API_TYPES), await generateConsoleApiTypes(root, gatewayUrl)),
    ),
  );
  console.log(`[console:api] wrote ${CONSOLE_API_TYPES}`);
  process.exit(0);
};
