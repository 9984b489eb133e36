// Entry for `npm start` and `npm test`: must run on a fresh machine before any dependency is installed,
// so it uses nothing but Node itself, then hands over to the compiled TypeScript dev stack.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

export async function launch(entry) {
  if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
    console.log('Installing dependencies (npm ci)...');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
  run('npm', ['run', '--silent', 'build']);
  const { main } = await import(join(root, 'dist', 'tools', 'dev-stack', 'src', `${entry}.js`));
  await main(root);
}
