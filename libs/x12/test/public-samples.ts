import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Public X12 files kept beside the repository (never inside it): `<workspace>/../shared/x12-samples`. */
export const publicSamplesDirectory = join(__dirname, '..', '..', '..', '..', 'shared', 'x12-samples');

export const publicSamples = (prefix: string): { name: string; bytes: Buffer }[] =>
  readdirSync(publicSamplesDirectory)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.x12'))
    .map((name) => ({ name, bytes: readFileSync(join(publicSamplesDirectory, name)) }));
