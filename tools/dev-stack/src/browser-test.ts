import { buildConsole, typeCheckConsole } from './console-build';
import { runBrowserJourneys } from './browser-journeys';
import { withEphemeralInfrastructure } from './ephemeral-infrastructure';

/** `npm run test:browser`: only the console's type-check, build and browser journeys, on throw-away infrastructure. */
export const main = async (root: string): Promise<void> => {
  typeCheckConsole(root);
  buildConsole(root);
  const exitCode = await withEphemeralInfrastructure(root, { checkDrift: false, environment: process.env }, (shared) =>
    runBrowserJourneys(root, shared, process.argv.slice(2)),
  );
  process.exit(exitCode);
};
