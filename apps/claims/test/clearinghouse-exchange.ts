import { parseConfig } from '@praxis/platform';
import {
  BuiltService,
  ClinicActor,
  eventually,
  FixedClock,
  SandboxRules,
  serviceTestEnvironment,
  setSandboxRules,
  startBuiltClearinghouse,
  startUseCaseHarness,
  UseCaseHarness,
} from '@praxis/testing';
import { randomUUID } from 'node:crypto';
import { claimsConfigSchema } from '../src/claims.config';
import { ClaimsServiceModule } from '../src/claims-service.module';
import { ClaimStatus } from '../src/claims/claim-status';
import { Claim } from '../src/claims/claim.entity';
import { ClaimsQueries } from '../src/claims/claims.queries';

export interface ClaimsWithSandbox {
  harness: UseCaseHarness;
  sandbox: BuiltService;
  close(): Promise<void>;
}

/** Claims' use cases and jobs (their own queue prefix) sending to a sandbox clearinghouse of the spec's own. */
export const startClaimsWithSandbox = async (
  clock = new FixedClock(new Date('2026-03-10T15:00:00Z')),
): Promise<ClaimsWithSandbox> => {
  const sandbox = await startBuiltClearinghouse();
  const config = parseConfig(claimsConfigSchema, {
    ...serviceTestEnvironment('claims'),
    CLEARINGHOUSE_URL: sandbox.url,
    CLEARINGHOUSE_POLL_MS: '200',
    JOBS_PREFIX: `test-claims-${randomUUID()}`,
  });
  const harness = await startUseCaseHarness(ClaimsServiceModule.register(config), clock);
  return { harness, sandbox, close: () => harness.close().then(() => sandbox.stop()) };
};

/** Sets the sandbox payers' rules for what the spec submits next (see `setSandboxRules`). */
export const sandboxRules = (sandbox: BuiltService, rules: Partial<SandboxRules> = {}): Promise<void> =>
  setSandboxRules(sandbox.url, rules);

/** Waits until the claim reaches the status, as the jobs move it; returns the claim with its history. */
export const claimReaches = (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  claimId: string,
  status: ClaimStatus,
): Promise<Claim> =>
  eventually(async () => {
    const claim = await harness.as(clerk, () => harness.get(ClaimsQueries).get(claimId));
    expect(claim.status).toBe(status);
    return claim;
  });
