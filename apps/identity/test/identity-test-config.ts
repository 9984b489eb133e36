import { serviceTestEnvironment, TEST_ACCESS_SECRET } from '@praxis/testing';
import { IdentityConfig, identityConfigSchema } from '../src/identity.config';
import { IDENTITY_SERVICE } from '../src/identity.module';

/** Identity's configuration on the shared test infrastructure, read by its own schema as main.ts reads it. */
export const identityTestConfig = (overrides: Record<string, string> = {}): IdentityConfig =>
  identityConfigSchema.parse({
    ...serviceTestEnvironment(IDENTITY_SERVICE),
    ACCESS_TOKEN_SECRET: TEST_ACCESS_SECRET,
    ...overrides,
  });
