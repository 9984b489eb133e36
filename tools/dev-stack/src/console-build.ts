import { join } from 'node:path';
import { runOrFail } from './processes';

const bin = (root: string, ...path: string[]) => join(root, 'node_modules', ...path);

/** The console's own type-check: it needs the DOM and JSX, which the services' tsconfig leaves out. */
export const typeCheckConsole = (root: string): void => {
  runOrFail(
    process.execPath,
    [bin(root, 'typescript', 'bin', 'tsc'), '-p', join(root, 'apps', 'console', 'tsconfig.json'), '--noEmit'],
    { cwd: root },
  );
};

/** Vite writes the console beside the built gateway (dist/apps/console), which serves it; as `npm run build:console` does. */
export const buildConsole = (root: string): void => {
  runOrFail(
    process.execPath,
    [bin(root, 'vite', 'bin', 'vite.js'), 'build', join('apps', 'console'), '--logLevel', 'warn'],
    { cwd: root },
  );
};
