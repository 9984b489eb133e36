import { randomUUID } from 'node:crypto';
import { Topic } from '@praxis/contracts';
import {
  auditLedger,
  BrokerProcess,
  BuiltService,
  createIsolatedDatabase,
  eventually,
  IsolatedDatabase,
  LedgerAudit,
  PersistentPublisher,
  persistentClerk,
  listenToTopic,
  someoneAtANewClinic,
  startBrokerProcess,
  startBuiltBilling,
  startChaos,
} from '@praxis/testing';
import { remittancePlan } from '../src/remittance-postings/remittance-plan';
import { clinicDay, VisitOutcome } from './crashes/clinic-day';

const VISITS_AT_LEAST = 18;
const AT_ONCE = 6;
/** A killed billing holds its partitions until its session lapses; a short one keeps each crash's stall short. */
const SESSION_TIMEOUT_MS = 3_000;

const sumOf = (amounts: number[]) => amounts.reduce((sum, amount) => sum + amount, 0);

/** What the ledger must hold after the day, each charge and each decision counted once, reversals mirrored. */
const expectedAudit = (outcomes: VisitOutcome[]): Omit<LedgerAudit, 'chargePostings'> => {
  const decisions = outcomes.flatMap(({ decisions: sent }) => sent);
  const plans = decisions.map(({ decision, reversed }) => ({ plan: remittancePlan(decision), decision, reversed }));
  const reviewsOf = (reversed: boolean) =>
    sumOf(plans.filter((sent) => sent.reversed === reversed).map(({ plan }) => plan.reviews.length));
  const balanceOf = ({ billTo, decisions: sent, visit, paidMinor }: VisitOutcome) => {
    const charged = sumOf(visit.charges.map(({ chargeMinor }) => chargeMinor));
    const standing = sent.find(({ reversed }) => !reversed)?.decision;
    if (billTo === 'patient') return { insurance: 0, patient: charged - paidMinor };
    if (!standing) return { insurance: charged, patient: -paidMinor };
    const { reviews } = remittancePlan(standing);
    const adjustments = [...standing.lines.flatMap(({ adjustments }) => adjustments), ...standing.adjustments];
    return {
      insurance: sumOf(reviews.map(({ amount }) => amount.amountMinor)),
      patient:
        sumOf(adjustments.filter(({ group }) => group === 'PR').map(({ amountMinor }) => amountMinor)) - paidMinor,
    };
  };
  return {
    visits: outcomes.length,
    unbalancedPostings: 0,
    adjudications: Object.fromEntries(
      plans.map(({ plan, decision, reversed }) => [
        decision.adjudicationId,
        { postings: plan.entries.length, mirrors: reversed ? plan.entries.length : 0, reversed },
      ]),
    ),
    balances: Object.fromEntries(outcomes.map((outcome) => [outcome.visit.patientId, balanceOf(outcome)])),
    reviews: { open: reviewsOf(false), withdrawn: reviewsOf(true) },
    patientPayments: outcomes.filter(({ paidMinor }) => paidMinor !== 0).length,
  };
};

describe('billing posts every charge, adjustment and payment exactly once while it and the broker crash', () => {
  const clerk = someoneAtANewClinic('billing_clerk');
  let database: IsolatedDatabase;
  let broker: BrokerProcess;
  let billing: BuiltService;
  let publisher: PersistentPublisher;

  beforeAll(async () => {
    [database, broker] = await Promise.all([
      createIsolatedDatabase('billing'),
      startBrokerProcess({ minSessionTimeoutMs: SESSION_TIMEOUT_MS }),
    ]);
    billing = await startBuiltBilling({
      DATABASE_URL: database.appUrl,
      KAFKA_BROKERS: broker.brokers.join(','),
      KAFKA_CONSUMER_GROUP: `test-billing-${randomUUID()}`,
      KAFKA_SESSION_TIMEOUT_MS: String(SESSION_TIMEOUT_MS),
    });
    publisher = await PersistentPublisher.connect(broker.brokers);
  }, 60_000);
  afterAll(async () => {
    await publisher?.disconnect();
    await billing?.stop();
    await broker?.stop();
    await database?.drop();
  });

  it("loses and doubles nothing: every charge, payer's decision and patient's payment is in the ledger once, and it balances", async () => {
    const csv = 'procedure_code,modifiers,payer_id,amount\r\n99213,,,125.00\r\n96372,,,25.00';
    const schedule = { effectiveFrom: '2026-01-01', currency: 'USD', csv };
    expect(
      await persistentClerk(billing.url, clerk).call('POST', '/api/v1/billing/fee-schedules', schedule),
    ).toMatchObject({ status: 201 });
    const day = clinicDay(billing.url, publisher, clerk);

    const chaos = startChaos({ billing, broker });
    let chaosOver = false;
    void chaos.finished().then(() => (chaosOver = true));
    const outcomes: VisitOutcome[] = [];
    try {
      while (!chaosOver || outcomes.length < VISITS_AT_LEAST) {
        const wave = Array.from({ length: AT_ONCE }, (_, index) => day.completeAndBill(outcomes.length + index));
        outcomes.push(...(await Promise.all(wave)));
      }
    } finally {
      await chaos.stop();
    }
    const crashes = await chaos.finished();
    expect(new Set(crashes.map(({ target }) => target))).toEqual(new Set(['billing', 'broker']));

    const expected = expectedAudit(outcomes);
    const audit = await eventually(async () => {
      const now = await auditLedger(database.ownerUrl, clerk.tenantId);
      expect(now).toMatchObject(expected);
      return now;
    }, 60_000);
    const charges = Object.values(audit.chargePostings);
    expect(charges).toHaveLength(sumOf(outcomes.map(({ visit }) => visit.charges.length)));
    expect(charges.every((times) => times === 1)).toBe(true);
    expect(Object.keys(audit.adjudications).sort()).toEqual(Object.keys(expected.adjudications).sort());

    const announced = await listenToTopic(Topic.BillingCharges, broker.brokers);
    try {
      const events = await announced.eventsOf(clerk.tenantId, charges.length);
      const idsPerCharge = new Map<unknown, Set<string>>();
      for (const { id, payload } of events)
        idsPerCharge.set(payload.chargeId, new Set([...(idsPerCharge.get(payload.chargeId) ?? []), id]));
      expect([...idsPerCharge.keys()].sort()).toEqual(Object.keys(audit.chargePostings).sort());
      expect([...idsPerCharge.values()].every((ids) => ids.size === 1)).toBe(true);
    } finally {
      await announced.stop();
    }
  }, 150_000);
});
