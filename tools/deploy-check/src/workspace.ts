import { join } from 'node:path';

export const WORKSPACE = join(__dirname, '..', '..', '..');
