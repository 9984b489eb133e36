import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { withEphemeralInfrastructure } from '@praxis/dev-stack';
import {
  acceptedClaims,
  aValidNpi,
  clinicDatabase,
  internalHeaders,
  publishInsuredVisits,
  remittanceFilesFor,
  SharedInfrastructure,
  someoneAtANewClinic,
  startBuiltBilling,
  startBuiltClaims,
  startBuiltClearinghouse,
  watchLedger,
} from '@praxis/testing';
import { TEST_INFRASTRUCTURE_VARIABLE } from '@praxis/testing';
import { releaseAll, stageFigures, watchReadyVisits } from './billing-chain';
import { residentMegabytes } from './process-memory';
import { postgresCpu, processCpu, withCpuPerUnit } from './process-cpu';
import { printReport, ReportRow } from './report';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 600);
const FILES = { claimsPerSet: 50, setsPerFile: 2 };
const UPLOADERS = 4;
const FEE_SCHEDULE = 'procedure_code,modifiers,payer_id,amount\r\n99213,,,125.00\r\n96372,,,25.00';
const BILLING_PROFILE = {
  organizationName: 'Bench Family Practice',
  npi: aValidNpi(),
  tin: '123456789',
  taxonomyCode: '207Q00000X',
  address: { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701-1234' },
  submitterId: 'BENCHCLINIC',
  receiverId: 'PRAXISSANDBOX',
};
const AETNA = {
  name: 'Aetna',
  electronicPayerId: '60054',
  claimFilingIndicator: 'CI',
  timelyFilingDays: 365,
  address: { line1: 'PO Box 981106', city: 'El Paso', state: 'TX', postalCode: '79998' },
};

type Headers = Record<string, string>;
type Clerk = ReturnType<typeof someoneAtANewClinic>;

/** Signed afresh for each step: setting up thousands of claims outlasts one internal token. */
const headersOf = async (clerk: Clerk): Promise<Headers> => ({
  ...(await internalHeaders(clerk)),
  'content-type': 'application/json',
});

const send = async (url: string, method: string, headers: Headers, body: unknown, expected: number) => {
  const response = await fetch(url, { method, headers, body: JSON.stringify(body) });
  if (response.status !== expected) throw new Error(`${method} ${url} answered ${response.status}`);
};

/** Claims to pay: insured visits captured and released by billing, built into claims, sent and accepted (277CA). */
const acceptedClaimsOfAClinic = async (
  shared: SharedInfrastructure,
  urls: { billing: string; claims: string },
  clerk: Clerk,
) => {
  const { tenantId } = clerk;
  await send(
    `${urls.billing}/api/v1/billing/fee-schedules`,
    'POST',
    await headersOf(clerk),
    {
      effectiveFrom: '2026-01-01',
      currency: 'USD',
      csv: FEE_SCHEDULE,
    },
    201,
  );
  await send(`${urls.claims}/api/v1/billing-profile`, 'PUT', await headersOf(clerk), BILLING_PROFILE, 200);
  await send(`${urls.claims}/api/v1/payers`, 'POST', await headersOf(clerk), AETNA, 201);
  const billingDb = await clinicDatabase(shared.databases.billing.MIGRATION_DATABASE_URL, tenantId);
  const claimsDb = await clinicDatabase(shared.databases.claims.MIGRATION_DATABASE_URL, tenantId);
  try {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const ready = await watchReadyVisits(shared.databases.billing.MIGRATION_DATABASE_URL, tenantId);
    await publishInsuredVisits(shared.kafkaBrokers, tenantId, CLAIMS, yesterday, () =>
      billingDb.until(`SELECT count(*) AS n FROM patient_coverages`, CLAIMS),
    );
    await ready.until(CLAIMS);
    await ready.stop();
    const releases = await releaseAll(urls.billing, await headersOf(clerk), [...ready.seen.keys()], 16);
    const released = CLAIMS - releases.failures;
    await claimsDb.until(
      `SELECT count(*) AS n FROM claims WHERE status = 'ready'`,
      released,
      `SELECT status, count(*), min(scrub_errors::text) AS errors FROM claims GROUP BY status`,
    );
    await send(`${urls.claims}/api/v1/claim-submissions`, 'POST', await headersOf(clerk), {}, 202);
    await claimsDb.until(`SELECT count(*) AS n FROM claims WHERE status = 'accepted'`, released);
    return await acceptedClaims(claimsDb.db);
  } finally {
    await billingDb.end();
    await claimsDb.end();
  }
};

/** The clerk's uploads, `UPLOADERS` at once: when each claim's file was sent and when its answer came. */
const uploadAll = async (claimsUrl: string, headers: Headers, files: ReturnType<typeof remittanceFilesFor>) => {
  const sent = new Map<string, number>();
  const answered = new Map<string, number>();
  const queue = [...files];
  const uploader = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const at = Date.now();
      for (const pcn of file.patientControlNumbers) sent.set(pcn, at);
      const response = await fetch(`${claimsUrl}/api/v1/remittances`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/edi-x12' },
        body: file.content,
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`an 835 upload answered ${response.status}`);
      const done = Date.now();
      for (const pcn of file.patientControlNumbers) answered.set(pcn, done);
    }
  };
  await Promise.all(Array.from({ length: UPLOADERS }, uploader));
  return { sent, answered };
};

/**
 * Remittance posting in one run: claims accepted by the sandbox's payers (set up through billing and claims as the
 * revenue cycle makes them), then the payer's 835 files uploaded to claims; claim payments posted per second, and
 * the chain from each file sent until billing's ledger holds the claim's decision.
 */
const run = async (shared: SharedInfrastructure): Promise<ReportRow[]> => {
  const clearinghouse = await startBuiltClearinghouse({ CLEARINGHOUSE_REMITTANCE_DELAY_MS: '3600000' });
  const billing = await startBuiltBilling();
  const claims = await startBuiltClaims({
    CLEARINGHOUSE_URL: clearinghouse.url,
    CLEARINGHOUSE_POLL_MS: '200',
    JOBS_PREFIX: `bench-claims-${randomUUID()}`,
  });
  const clerk = someoneAtANewClinic('billing_clerk');
  try {
    const urls = { billing: billing.url, claims: claims.url };
    const accepted = await acceptedClaimsOfAClinic(shared, urls, clerk);
    const claimOf = new Map(accepted.map((claim) => [claim.patientControlNumber, claim.claimId]));
    const files = remittanceFilesFor(accepted, { name: 'BENCH FAMILY PRACTICE', npi: BILLING_PROFILE.npi }, FILES);

    const ledger = await watchLedger(shared.databases.billing.MIGRATION_DATABASE_URL, clerk.tenantId);
    const services = {
      claims: processCpu(claims.pid),
      billing: processCpu(billing.pid),
      postgres: await postgresCpu(shared.adminDatabaseUrl),
    };
    const payments = () => accepted.length;
    const chain = await withCpuPerUnit(
      services,
      async () => {
        const headers = await headersOf(clerk);
        const posting = await withCpuPerUnit(services, () => uploadAll(claims.url, headers, files), payments);
        await ledger.until(accepted.length);
        return posting;
      },
      payments,
    );
    await ledger.stop();
    const { result: uploads, perUnit: postingCpu } = chain.result;
    const byClaim = (sightings: Map<string, number>) =>
      new Map([...sightings].map(([pcn, at]) => [claimOf.get(pcn) ?? pcn, at]));

    return [
      {
        name: `POST /remittances, ${UPLOADERS} clients`,
        figures: stageFigures(uploads.sent, uploads.answered),
        note: `claim payments/s: ${files.length} files of ${FILES.setsPerFile} payments of ${FILES.claimsPerSet} claims (2 lines each), from a file sent until claims answered it posted; latency per claim payment; CPU per claim payment while uploading: ${postingCpu}`,
      },
      {
        name: '835 received -> billing ledger',
        figures: stageFigures(byClaim(uploads.sent), ledger.seen),
        note: `claim payments/s: from the file sent until billing has posted the claim.adjudicated it led to; CPU per claim payment, first upload to last posting: ${chain.perUnit}`,
      },
      { name: 'RSS claims', note: `${residentMegabytes(claims.pid) ?? '?'} MiB after the run` },
    ];
  } finally {
    await claims.stop();
    await billing.stop();
    await clearinghouse.stop();
  }
};

void withEphemeralInfrastructure(
  join(__dirname, '..', '..'),
  { checkDrift: false, environment: {} },
  async (shared) => {
    process.env[TEST_INFRASTRUCTURE_VARIABLE] = JSON.stringify(shared);
    const rows = await run(shared);
    printReport(`Remittance posting: ${CLAIMS} claim payments from 835 files, through to billing's ledger`, rows);
  },
);
