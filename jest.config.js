const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { exclude: _buildOnlyExcludes, ...swcrc } = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));
const swcOptions = { ...swcrc, swcrc: false, jsc: { ...swcrc.jsc, baseUrl: __dirname } };

/** One jest run for the whole monorepo: infrastructure is started once by tools/dev-stack/test.mjs. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60_000,
};
