import { aValidNpi } from '../builders';
import { persistentClerk } from '../crashes/resilient-clients';
import { eachByClients } from '../each-by-clients';
import type { ClinicActor } from '../use-case-harness';
import { acceptedClaims, clinicDatabase, publishInsuredVisits } from './remittance-chain';

/** Where a clinic's revenue cycle runs: billing and claims, their databases (as owner) and the broker between them. */
export interface RevenueCycle {
  billingUrl: string;
  claimsUrl: string;
  billingDatabaseUrl: string;
  claimsDatabaseUrl: string;
  brokers: string[];
}

/** The clinic's prices in dollars, as its fee-schedule CSV: an office visit (99213) at $125.00, an injection at $25.00. */
export const CLINIC_PRICES_CSV = 'procedure_code,modifiers,payer_id,amount\r\n99213,,,125.00\r\n96372,,,25.00';
const FEE_SCHEDULE = { effectiveFrom: '2026-01-01', currency: 'USD', csv: CLINIC_PRICES_CSV };

/** Aetna as the clerk adds it among the clinic's payers (`POST /payers`). */
export const aetnaPayer = (timelyFilingDays: number) => ({
  name: 'Aetna',
  electronicPayerId: '60054',
  claimFilingIndicator: 'CI',
  timelyFilingDays,
  address: { line1: 'PO Box 981106', city: 'El Paso', state: 'TX', postalCode: '79998' },
});
const RELEASING_CLIENTS = 16;

/** The clinic's billing profile as the sandbox clearinghouse knows it, under the clinic's own name. */
export const aBillingProfileFor = (organizationName: string, submitterId: string, npi = aValidNpi()) => ({
  organizationName,
  npi,
  tin: '123456789',
  taxonomyCode: '207Q00000X',
  address: { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701-1234' },
  submitterId,
  receiverId: 'PRAXISSANDBOX',
});

type Call = ReturnType<typeof persistentClerk>['call'];

const expectAnswer = async (call: Call, expected: number, ...request: Parameters<Call>) => {
  const { status } = await call(...request);
  if (status !== expected) throw new Error(`${request[0]} ${request[1]} answered ${status}, not ${expected}`);
};

/**
 * Claims for Aetna to pay, made as the revenue cycle makes them: the clinic's fee schedule, billing profile and payer
 * set up, `count` insured visits captured and released by billing, built into claims and sent to the sandbox
 * clearinghouse; the ones it accepted (277CA), once it has answered every claim. Calls survive a service being
 * restarted meanwhile.
 */
export const acceptedClaimsOfAClinic = async (
  cycle: RevenueCycle,
  clerk: ClinicActor,
  { count, profile }: { count: number; profile: ReturnType<typeof aBillingProfileFor> },
) => {
  const toBilling = persistentClerk(cycle.billingUrl, clerk).call;
  const toClaims = persistentClerk(cycle.claimsUrl, clerk).call;
  await expectAnswer(toBilling, 201, 'POST', '/api/v1/billing/fee-schedules', FEE_SCHEDULE);
  await expectAnswer(toClaims, 200, 'PUT', '/api/v1/billing-profile', profile);
  await expectAnswer(toClaims, 201, 'POST', '/api/v1/payers', aetnaPayer(365));
  const billingDb = await clinicDatabase(cycle.billingDatabaseUrl, clerk.tenantId);
  const claimsDb = await clinicDatabase(cycle.claimsDatabaseUrl, clerk.tenantId);
  try {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await publishInsuredVisits(cycle.brokers, clerk.tenantId, count, yesterday, () =>
      billingDb.until(`SELECT count(*) AS n FROM patient_coverages`, count),
    );
    await billingDb.until(`SELECT count(*) AS n FROM billing_visits WHERE status = 'ready'`, count);
    const { rows } = await billingDb.db.query<{ id: string }>(`SELECT id FROM billing_visits`);
    // The clerk releases each visit, several at once, as a back office clearing its review list would.
    await eachByClients(rows, RELEASING_CLIENTS, ({ id }) =>
      expectAnswer(toBilling, 200, 'POST', `/api/v1/billing/visits/${id}/release`),
    );
    // A claim is ready once its visit's first charge joins it: submitting before the last charge joined would leave
    // that charge on a claim of its own, never sent.
    const [{ n: charges }] = (
      await billingDb.db.query<{ n: string }>(`SELECT count(*) AS n FROM billing_charges WHERE voided_at IS NULL`)
    ).rows;
    await claimsDb.until(`SELECT count(*) AS n FROM claim_lines`, Number(charges));
    await claimsDb.until(
      `SELECT count(*) AS n FROM claims WHERE status = 'ready'`,
      count,
      `SELECT status, count(*), min(scrub_errors::text) AS errors FROM claims GROUP BY status`,
    );
    await expectAnswer(toClaims, 202, 'POST', '/api/v1/claim-submissions', {});
    await claimsDb.until(
      `SELECT count(*) AS n FROM claims WHERE status IN ('accepted', 'rejected')`,
      count,
      `SELECT status, count(*) FROM claims GROUP BY status`,
    );
    return await acceptedClaims(claimsDb.db);
  } finally {
    await billingDb.end();
    await claimsDb.end();
  }
};
