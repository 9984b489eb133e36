import { join } from 'node:path';
import { withEphemeralInfrastructure } from '@praxis/dev-stack';
import {
  internalHeaders,
  SharedInfrastructure,
  someoneAtANewClinic,
  startBuiltBilling,
  TEST_INFRASTRUCTURE_VARIABLE,
} from '@praxis/testing';
import {
  publishCompletions,
  release,
  releaseAll,
  stageFigures,
  watchPostedCharges,
  watchReadyVisits,
} from './billing-chain';
import { residentMegabytes } from './process-memory';
import { printReport, ReportRow } from './report';

const VISITS = 1_000;
const CHARGES_PER_VISIT = 2;
const CLERKS = 16;
/** The straight-through stage: 50 visits a second for 10 s, each released the moment it is seen ready. */
const STEADY = { visits: 500, pace: { batch: 10, everyMs: 200 } };
const FEE_SCHEDULE = 'procedure_code,modifiers,payer_id,amount\r\n99213,,,125.00\r\n96372,,,25.00';

type ChargeWatch = Awaited<ReturnType<typeof watchPostedCharges>>;

/** The whole chain at a steady pace, a clerk releasing each visit as soon as it is ready: completed to charge.posted. */
const straightThrough = async (
  shared: SharedInfrastructure,
  billingUrl: string,
  headers: Record<string, string>,
  tenantId: string,
  posted: ChargeWatch,
) => {
  const releasing: Promise<boolean>[] = [];
  const ready = await watchReadyVisits(shared.databases.billing.MIGRATION_DATABASE_URL, tenantId, (visitId) =>
    releasing.push(release(billingUrl, headers, visitId)),
  );
  const before = posted.seen.size;
  const published = await publishCompletions(shared.kafkaBrokers, tenantId, STEADY.visits, STEADY.pace);
  await ready.until(STEADY.visits);
  await ready.stop();
  const released = (await Promise.all(releasing)).filter(Boolean).length;
  await posted.until(before + released * CHARGES_PER_VISIT);
  const ours = new Map([...posted.seen].filter(([chargeId]) => published.has(posted.visitOf(chargeId))));
  return stageFigures(published, ours, posted.visitOf);
};

/**
 * Billing's event chain in one run, in the two stages a clerk's release separates: scheduling's completions
 * published at once until every visit is captured and priced (ready), then every visit released by 16 clerks at once
 * until each charge.posted has arrived on billing.charges; then the whole chain at a steady pace.
 */
const run = async (shared: SharedInfrastructure): Promise<ReportRow[]> => {
  const billing = await startBuiltBilling();
  const clerk = someoneAtANewClinic('billing_clerk');
  const headers = { ...(await internalHeaders(clerk)), 'content-type': 'application/json' };
  try {
    const imported = await fetch(`${billing.url}/api/v1/billing/fee-schedules`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ effectiveFrom: '2026-01-01', currency: 'USD', csv: FEE_SCHEDULE }),
    });
    if (imported.status !== 201) throw new Error(`importing the fee schedule answered ${imported.status}`);

    const ready = await watchReadyVisits(shared.databases.billing.MIGRATION_DATABASE_URL, clerk.tenantId);
    const published = await publishCompletions(shared.kafkaBrokers, clerk.tenantId, VISITS);
    await ready.until(VISITS);
    await ready.stop();

    const posted = await watchPostedCharges(shared.kafkaBrokers, clerk.tenantId);
    const releases = await releaseAll(billing.url, headers, [...ready.seen.keys()], CLERKS);
    await posted.until((VISITS - releases.failures) * CHARGES_PER_VISIT);
    // Taken now: the next stage's charges arrive on the same reader.
    const releasedToPosted = stageFigures(releases.sent, new Map(posted.seen), posted.visitOf);

    const straight = await straightThrough(shared, billing.url, headers, clerk.tenantId, posted);
    await posted.stop();

    return [
      {
        name: 'completed -> ready',
        figures: stageFigures(published, ready.seen),
        note: `visits/s: ${VISITS} appointment.completed published (2 lines each) until each visit is seen ready`,
      },
      {
        name: `POST /visits/{id}/release, ${CLERKS} clients`,
        figures: { ...stageFigures(releases.sent, releases.answered), errors: releases.failures },
        note: 'releases/s and the answer time; each posts 2 charges and writes 2 charge.posted to the outbox',
      },
      {
        name: 'release -> charge.posted observed',
        figures: releasedToPosted,
        note: 'charges/s: from the release sent until its charge.posted is read on billing.charges',
      },
      {
        name: 'completed -> charge.posted, released at once',
        figures: straight,
        note: `charges/s: ${STEADY.visits} visits at 50/s, each released as soon as it is seen ready`,
      },
      { name: 'RSS billing', note: `${residentMegabytes(billing.pid) ?? '?'} MiB after the run` },
    ];
  } finally {
    await billing.stop();
  }
};

void withEphemeralInfrastructure(
  join(__dirname, '..', '..'),
  { checkDrift: false, environment: {} },
  async (shared) => {
    process.env[TEST_INFRASTRUCTURE_VARIABLE] = JSON.stringify(shared);
    const rows = await run(shared);
    printReport(`Billing's event chain: ${VISITS} completed visits, ${VISITS * CHARGES_PER_VISIT} charges`, rows);
  },
);
