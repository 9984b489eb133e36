import { parseConfig } from '@praxis/platform';
import {
  BuiltService,
  ClinicActor,
  eventually,
  FixedClock,
  serviceTestEnvironment,
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

export interface SandboxRules {
  replyDelayMs: number;
  memberIdPattern: string;
  unknownMemberIds: string[];
  rejectedBillingNpis: string[];
  allowedPercent: number;
  coinsurancePercent: number;
  remittanceDelayMs: number;
  correctedAllowedPercent: number | null;
  correctionDelayMs: number;
}

/** An hour: the payers' 835s stay out of the mailbox, so a spec sees its claims rest at accepted. */
const NOT_PAID_YET = 3_600_000;

/**
 * Sets the sandbox payers' rules for what the spec submits next; anything left out is the sandbox's default, except
 * that the payers pay (send their 835) only when the spec sets a remittance delay.
 */
export const sandboxRules = async (sandbox: BuiltService, rules: Partial<SandboxRules> = {}): Promise<void> => {
  const response = await fetch(`${sandbox.url}/admin/rules`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      replyDelayMs: 0,
      memberIdPattern: '^[A-Za-z0-9]{2,20}$',
      unknownMemberIds: [],
      rejectedBillingNpis: [],
      remittanceDelayMs: NOT_PAID_YET,
      ...rules,
    }),
  });
  if (!response.ok) throw new Error(`the sandbox refused its rules: ${response.status}`);
};

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
