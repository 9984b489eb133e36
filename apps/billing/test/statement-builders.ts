import { randomUUID } from 'node:crypto';
import { buildEnvelope, CoverageUpdatedV3, PayloadOf, Topic } from '@praxis/contracts';
import { money } from '@praxis/domain';
import { Jobs } from '@praxis/jobs';
import { TenantTransactions } from '@praxis/tenancy';
import { ClinicActor, deliverEvent, UseCaseHarness } from '@praxis/testing';
import { CoverageEventsConsumer } from '../src/coverage/coverage-events.consumer';
import { Ledger } from '../src/ledger/ledger';
import { Posting, postings } from '../src/ledger/ledger-postings';
import { ProduceStatements, runJobKey } from '../src/statements/produce-statements.job';
import { StatementRun } from '../src/statements/statement-run.entity';
import { StatementSettingsDto } from '../src/statements/statement-settings/dto/statement-settings.dto';
import { SetStatementSettings } from '../src/statements/statement-settings/set-statement-settings/set-statement-settings.usecase';
import { maria } from './payment-builders';

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** Posts to the ledger as remittance or payment posting would, for a visit of the patient. */
export const ledgerPosts = (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  posting: Posting,
  { patientId, visitId }: { patientId: string; visitId: string },
) =>
  harness.as(clerk, () =>
    harness.get(TenantTransactions).run((manager) =>
      harness.get(Ledger).post(manager, posting, {
        tenantId: clerk.tenantId,
        patientId,
        visitId,
        postedAt: harness.clock.now(),
        postedBy: clerk.userId ?? null,
      }),
    ),
  );

/** The payer paid part of a $125.00 visit, adjusted part off and left the rest to the patient. */
export const insurancePaysPartOf = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  visit: { patientId: string; visitId: string },
  { paidMinor, adjustedMinor }: { paidMinor: number; adjustedMinor: number },
): Promise<void> => {
  await ledgerPosts(harness, clerk, postings.insurerPayment(money(paidMinor, 'USD')), visit);
  await ledgerPosts(harness, clerk, postings.contractualAdjustment(money(adjustedMinor, 'USD')), visit);
  const patientShare = money(12_500 - paidMinor - adjustedMinor, 'USD');
  await ledgerPosts(harness, clerk, postings.transfer(patientShare, 'insurance', 'patient'), visit);
};

type MailingAddress = PayloadOf<typeof CoverageUpdatedV3>['patient']['address'];

/** Scheduling restates Maria Rivera with her mailing address, as it does on any change to her or her coverage. */
export const schedulingAnnouncesTheAddressOf = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  patientId: string,
  address: MailingAddress,
): Promise<void> => {
  const envelope = buildEnvelope(CoverageUpdatedV3, {
    tenantId: clerk.tenantId,
    aggregateId: patientId,
    correlationId: randomUUID(),
    payload: { patientId, patient: { ...maria, address }, coverages: [] },
  });
  const consumer = harness.get(CoverageEventsConsumer);
  await deliverEvent(consumer.onPatientEvent.bind(consumer), Topic.SchedulingPatients, envelope);
};

/** Lakeside's billing office at its return address, as a clinic manager sets it. */
export const theClinicSetsItsStatementSettings = (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  settings: Partial<StatementSettingsDto> = {},
) =>
  harness.as(clerk, () =>
    harness.get(SetStatementSettings).execute({
      ...harness.commandFor(clerk),
      payToName: 'Lakeside Family Medicine LLC',
      returnAddress: { line1: 'PO Box 4410', city: 'Chicago', state: 'IL', postalCode: '60680-4410' },
      billingPhone: '3125550142',
      ...settings,
    }),
  );

/** A statement run the database holds as running, with no job behind it: one not yet queued, or one that gave up. */
export const aRunWithoutItsJob = (harness: UseCaseHarness, clerk: ClinicActor): Promise<string> =>
  harness.as(clerk, () =>
    harness.get(TenantTransactions).run(async (manager) => {
      const { identifiers } = await manager.insert(StatementRun, {
        tenantId: clerk.tenantId,
        status: 'running',
        asOf: harness.clock.now(),
        startedBy: clerk.userId,
      });
      return identifiers[0].id as string;
    }),
  );

/** A statement run in progress: its job is queued, for a day from now, so it does not start during the spec. */
export const aRunInProgress = async (harness: UseCaseHarness, clerk: ClinicActor): Promise<string> => {
  const runId = await aRunWithoutItsJob(harness, clerk);
  await harness.as(clerk, () =>
    harness
      .get(Jobs)
      .schedule(
        ProduceStatements,
        { tenantId: clerk.tenantId, runId },
        { delayMs: ONE_DAY_MS, jobKey: runJobKey(runId) },
      ),
  );
  return runId;
};
