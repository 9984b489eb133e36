import { randomUUID } from 'node:crypto';
import {
  AcceptedClaim,
  acceptedClaimsOfAClinic,
  aBillingProfileFor,
  auditLedger,
  BrokerProcess,
  BuiltService,
  clinicDatabase,
  createIsolatedDatabase,
  eventually,
  IsolatedDatabase,
  persistentClerk,
  rawBody,
  remittanceFilesFor,
  someoneAtANewClinic,
  startBrokerProcess,
  startBuiltBilling,
  startBuiltClaims,
  startBuiltClearinghouse,
  startChaos,
} from '@praxis/testing';

const CLAIMS = 24;
/** Between uploads, so the files spread over the crashes rather than all landing before the first. */
const UPLOAD_EVERY_MS = 500;
/** A killed service holds its partitions until its session lapses; a short one keeps each crash's stall short. */
const SESSION_TIMEOUT_MS = 3_000;
const BILLING_PROFILE = aBillingProfileFor('Lakeside Family Practice', 'LAKESIDE');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sumOf = (amounts: number[]) => amounts.reduce((sum, amount) => sum + amount, 0);

/** What the payer's 835 says of a line (as remittanceFilesFor writes it): 80% allowed, 20% of that the patient's. */
const termsOf = ({ chargeMinor }: AcceptedClaim['lines'][number]) => {
  const allowed = Math.floor(chargeMinor * 0.8);
  const coinsurance = Math.floor(allowed * 0.2);
  return { paid: allowed - coinsurance, contractual: chargeMinor - allowed, coinsurance };
};

/** Per claim, what billing's ledger holds for the payer's decision on it, read from its database. */
const postedPerClaim = async (ownerUrl: string, tenantId: string) => {
  const { db, end } = await clinicDatabase(ownerUrl, tenantId);
  try {
    const { rows } = await db.query<{ claim_id: string; adjudications: string; paid: string; postings: string }>(`
      SELECT r.claim_id, count(DISTINCT r.adjudication_id) AS adjudications, count(DISTINCT e.posting_id) AS postings,
             coalesce(sum(e.amount_minor) FILTER (WHERE e.kind = 'insurer_payment' AND e.account = 'cash'), 0) AS paid
        FROM remittance_postings r LEFT JOIN ledger_entries e ON e.adjudication_id = r.adjudication_id
       GROUP BY r.claim_id`);
    return Object.fromEntries(
      rows.map((row) => [
        row.claim_id,
        { adjudications: Number(row.adjudications), postings: Number(row.postings), paid: Number(row.paid) },
      ]),
    );
  } finally {
    await end();
  }
};

describe('claims post every remittance to billing exactly once while claims, billing and the broker crash', () => {
  const clerk = someoneAtANewClinic('billing_clerk');
  let databases: { billing: IsolatedDatabase; claims: IsolatedDatabase };
  let broker: BrokerProcess;
  let clearinghouse: BuiltService;
  let billing: BuiltService;
  let claims: BuiltService;

  beforeAll(async () => {
    const [billingDb, claimsDb, brokerProcess] = await Promise.all([
      createIsolatedDatabase('billing'),
      createIsolatedDatabase('claims'),
      startBrokerProcess({ minSessionTimeoutMs: SESSION_TIMEOUT_MS }),
    ]);
    databases = { billing: billingDb, claims: claimsDb };
    broker = brokerProcess;
    const onOurBroker = (database: IsolatedDatabase) => ({
      DATABASE_URL: database.appUrl,
      KAFKA_BROKERS: broker.brokers.join(','),
      KAFKA_CONSUMER_GROUP: `test-${randomUUID()}`,
      KAFKA_SESSION_TIMEOUT_MS: String(SESSION_TIMEOUT_MS),
    });
    clearinghouse = await startBuiltClearinghouse({ CLEARINGHOUSE_REMITTANCE_DELAY_MS: '3600000' });
    [billing, claims] = await Promise.all([
      startBuiltBilling(onOurBroker(databases.billing)),
      startBuiltClaims({
        ...onOurBroker(databases.claims),
        CLEARINGHOUSE_URL: clearinghouse.url,
        CLEARINGHOUSE_POLL_MS: '200',
        JOBS_PREFIX: `test-claims-${randomUUID()}`,
      }),
    ]);
  }, 90_000);
  afterAll(async () => {
    await claims?.stop();
    await billing?.stop();
    await clearinghouse?.stop();
    await broker?.stop();
    await databases?.billing.drop();
    await databases?.claims.drop();
  });

  const acceptedClaimsOfTheClinic = () =>
    acceptedClaimsOfAClinic(
      {
        billingUrl: billing.url,
        claimsUrl: claims.url,
        billingDatabaseUrl: databases.billing.ownerUrl,
        claimsDatabaseUrl: databases.claims.ownerUrl,
        brokers: broker.brokers,
      },
      clerk,
      { count: CLAIMS, profile: BILLING_PROFILE },
    );

  it("loses and doubles nothing: each claim's payment and adjustments are in billing's ledger once, and it balances", async () => {
    const accepted = await acceptedClaimsOfTheClinic();
    const payee = { name: 'LAKESIDE FAMILY PRACTICE', npi: BILLING_PROFILE.npi };
    const files = remittanceFilesFor(accepted, payee, { claimsPerSet: 1, setsPerFile: 1 });
    const uploader = persistentClerk(claims.url, clerk);

    const chaos = startChaos({ claims, billing, broker }, { rounds: 1 });
    try {
      for (const file of files) {
        const upload = rawBody(file.content, 'application/edi-x12');
        expect((await uploader.call('POST', '/api/v1/remittances', upload)).status).toBeLessThan(300);
        await pause(UPLOAD_EVERY_MS);
      }
      await chaos.finished();
    } finally {
      await chaos.stop();
    }
    const crashes = await chaos.finished();
    expect(new Set(crashes.map(({ target }) => target))).toEqual(new Set(['claims', 'billing', 'broker']));

    const expected = Object.fromEntries(
      accepted.map((claim) => [
        claim.claimId,
        {
          adjudications: 1,
          postings: 3 * claim.lines.length,
          paid: sumOf(claim.lines.map((line) => termsOf(line).paid)),
        },
      ]),
    );
    await eventually(async () => {
      expect(await postedPerClaim(databases.billing.ownerUrl, clerk.tenantId)).toEqual(expected);
    }, 60_000);
    const audit = await auditLedger(databases.billing.ownerUrl, clerk.tenantId);
    expect(audit.unbalancedPostings).toBe(0);
    expect(Object.keys(audit.adjudications)).toHaveLength(accepted.length);
    const patientOwes = sumOf(accepted.flatMap(({ lines }) => lines.map((line) => termsOf(line).coinsurance)));
    const balances = Object.values(audit.balances);
    expect(sumOf(balances.map(({ insurance }) => insurance))).toBe(0);
    expect(sumOf(balances.map(({ patient }) => patient))).toBe(patientOwes);
  }, 150_000);
});
