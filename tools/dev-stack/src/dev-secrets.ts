import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevSecrets {
  INTERNAL_TOKEN_SECRET: string;
  ACCESS_TOKEN_SECRET: string;
}

/** Made once per checkout and kept in the ignored data folder, so tokens survive a restart and nothing is committed. */
export const loadDevSecrets = (dataDir: string): DevSecrets => {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
  const secrets = {
    INTERNAL_TOKEN_SECRET: randomBytes(32).toString('hex'),
    ACCESS_TOKEN_SECRET: randomBytes(32).toString('hex'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
};
