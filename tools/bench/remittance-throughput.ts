import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { withEphemeralInfrastructure } from '@praxis/dev-stack';
import {
  acceptedClaims,
  acceptedClaimsOfAClinic,
  aBillingProfileFor,
  eachByClients,
  internalHeaders,
  remittanceFilesFor,
  SharedInfrastructure,
  someoneAtANewClinic,
  startBuiltBilling,
  startBuiltClaims,
  startBuiltClearinghouse,
  watchLedger,
} from '@praxis/testing';
import type { BuiltService } from '@praxis/testing';
import { TEST_INFRASTRUCTURE_VARIABLE } from '@praxis/testing';
import { stageFigures } from './billing-chain';
import { residentMegabytes } from './process-memory';
import { postgresCpu, processCpu, withCpuPerUnit } from './process-cpu';
import { printReport, ReportRow } from './report';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 6000);
/** Half the claims are paid in files of 100 claim payments, half in files of 1,000 (a large payer's day). */
const FILE_SHAPES = [
  { claimsPerSet: 50, setsPerFile: 2 },
  { claimsPerSet: 500, setsPerFile: 2 },
];
const UPLOADERS = 4;
const BILLING_PROFILE = aBillingProfileFor('Bench Family Practice', 'BENCHCLINIC');

type Headers = Record<string, string>;
type Clerk = ReturnType<typeof someoneAtANewClinic>;

/** Signed afresh for each step: setting up thousands of claims outlasts one internal token. */
const headersOf = async (clerk: Clerk): Promise<Headers> => ({
  ...(await internalHeaders(clerk)),
  'content-type': 'application/json',
});

/** The clerk's uploads, `UPLOADERS` at once: when each claim's file was sent and when its answer came. */
const uploadAll = async (claimsUrl: string, headers: Headers, files: ReturnType<typeof remittanceFilesFor>) => {
  const sent = new Map<string, number>();
  const answered = new Map<string, number>();
  await eachByClients(files, UPLOADERS, async (file) => {
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
  });
  return { sent, answered };
};

type AcceptedClaims = Awaited<ReturnType<typeof acceptedClaims>>;

interface Bench {
  shared: SharedInfrastructure;
  clerk: Clerk;
  claims: BuiltService;
  billing: BuiltService;
}

/**
 * One file shape: its files uploaded to claims, claim payments posted per second, and the chain from each file sent
 * until billing's ledger holds the claim's decision, measured until billing has posted the last of them.
 */
const measureShape = async (
  { shared, clerk, claims, billing }: Bench,
  paid: AcceptedClaims,
  shape: (typeof FILE_SHAPES)[number] & { firstFileNumber: number },
): Promise<ReportRow[]> => {
  const claimOf = new Map(paid.map((claim) => [claim.patientControlNumber, claim.claimId]));
  const files = remittanceFilesFor(paid, { name: 'BENCH FAMILY PRACTICE', npi: BILLING_PROFILE.npi }, shape);
  const ledger = await watchLedger(
    shared.databases.billing.MIGRATION_DATABASE_URL,
    clerk.tenantId,
    paid.map(({ claimId }) => claimId),
  );
  const services = {
    claims: processCpu(claims.pid),
    billing: processCpu(billing.pid),
    postgres: await postgresCpu(shared.adminDatabaseUrl),
  };
  const payments = () => paid.length;
  const chain = await withCpuPerUnit(
    services,
    async () => {
      const headers = await headersOf(clerk);
      const posting = await withCpuPerUnit(services, () => uploadAll(claims.url, headers, files), payments);
      await ledger.until(paid.length);
      return posting;
    },
    payments,
  );
  await ledger.stop();
  const { result: uploads, perUnit: postingCpu } = chain.result;
  const byClaim = (sightings: Map<string, number>) =>
    new Map([...sightings].map(([pcn, at]) => [claimOf.get(pcn) ?? pcn, at]));
  const perFile = shape.claimsPerSet * shape.setsPerFile;
  return [
    {
      name: `POST /remittances, ${perFile} per file`,
      figures: stageFigures(uploads.sent, uploads.answered),
      note: `claim payments/s: ${files.length} files of ${shape.setsPerFile} payments of ${shape.claimsPerSet} claims (2 lines each), ${UPLOADERS} clients, from a file sent until claims answered it posted; latency per claim payment; CPU per claim payment while uploading: ${postingCpu}`,
    },
    {
      name: `835 received -> ledger, ${perFile} per file`,
      figures: stageFigures(byClaim(uploads.sent), ledger.seen),
      note: `claim payments/s: from the file sent until billing has posted the claim.adjudicated it led to; CPU per claim payment, first upload to last posting: ${chain.perUnit}`,
    },
  ];
};

/**
 * Remittance posting in one run: claims accepted by the sandbox's payers (set up through billing and claims as the
 * revenue cycle makes them), then the payer's 835 files uploaded to claims, one file shape after the other.
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
    const cycle = {
      billingUrl: billing.url,
      claimsUrl: claims.url,
      billingDatabaseUrl: shared.databases.billing.MIGRATION_DATABASE_URL,
      claimsDatabaseUrl: shared.databases.claims.MIGRATION_DATABASE_URL,
      brokers: shared.kafkaBrokers,
    };
    const accepted = await acceptedClaimsOfAClinic(cycle, clerk, { count: CLAIMS, profile: BILLING_PROFILE });
    const share = Math.ceil(accepted.length / FILE_SHAPES.length);
    const rows: ReportRow[] = [];
    for (const [index, shape] of FILE_SHAPES.entries()) {
      const paid = accepted.slice(index * share, (index + 1) * share);
      const firstFileNumber = index * share + 1;
      rows.push(...(await measureShape({ shared, clerk, claims, billing }, paid, { ...shape, firstFileNumber })));
    }
    return [...rows, { name: 'RSS claims', note: `${residentMegabytes(claims.pid) ?? '?'} MiB after the run` }];
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
