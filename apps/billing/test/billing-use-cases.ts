import { randomUUID } from 'node:crypto';
import {
  AppointmentCompleted,
  buildEnvelope,
  CoverageUpdated,
  EventEnvelope,
  PayloadOf,
  TenantCreated,
  Topic,
} from '@praxis/contracts';
import {
  aValidNpi,
  ClinicActor,
  deliverEvent,
  eventually,
  FixedClock,
  listenToTopic,
  someoneAtANewClinic,
  startServiceUseCases,
  TopicListener,
  UseCaseHarness,
} from '@praxis/testing';
import { billingConfigSchema } from '../src/billing.config';
import { BILLING_SERVICE, BillingModule } from '../src/billing.module';
import { AppointmentEventsConsumer } from '../src/charges/appointment-events.consumer';
import { ReleaseVisit } from '../src/charges/release-visit/release-visit.usecase';
import { CoverageEventsConsumer } from '../src/coverage/coverage-events.consumer';
import { ImportFeeSchedule } from '../src/fee-schedules/import-fee-schedule/import-fee-schedule.usecase';
import { ClinicEventsConsumer } from '../src/statements/clinic-events.consumer';

/** Billing's use cases on the shared test database, with a clock the spec sets. Start once per file. */
export const startBillingUseCases = (clock?: FixedClock): Promise<UseCaseHarness> =>
  startServiceUseCases(
    { serviceName: BILLING_SERVICE, configSchema: billingConfigSchema, module: BillingModule },
    clock,
  );

export const aClerkAtANewClinic = (): ClinicActor => someoneAtANewClinic('billing_clerk');

/** A fee schedule file as a clerk would export it from a spreadsheet. */
export const feeScheduleCsv = (...rows: string[]): string =>
  ['procedure_code,modifiers,payer_id,amount', ...rows].join('\r\n');

export interface FeeScheduleRows {
  /** Lines of the file after its header; by default an office visit (99213) at $125.00. */
  rows?: string[];
  effectiveFrom?: string;
}

/** A clerk at a new clinic who has imported a fee schedule in dollars. */
export const aClinicWithPrices = async (
  harness: UseCaseHarness,
  { rows = ['99213,,,125.00'], effectiveFrom = '2026-01-01' }: FeeScheduleRows = {},
): Promise<ClinicActor> => {
  const clerk = aClerkAtANewClinic();
  const csv = feeScheduleCsv(...rows);
  await harness.as(clerk, () =>
    harness.get(ImportFeeSchedule).execute({ ...harness.commandFor(clerk), effectiveFrom, currency: 'USD', csv }),
  );
  return clerk;
};

/** A clerk at a clinic identity announced as Lakeside Family Medicine in Chicago, with prices from 2025 on. */
export const aChicagoClinicWithPrices = async (harness: UseCaseHarness): Promise<ClinicActor> => {
  const clerk = await aClinicWithPrices(harness, { effectiveFrom: '2025-01-01' });
  const announced = buildEnvelope(TenantCreated, {
    tenantId: clerk.tenantId,
    aggregateId: clerk.tenantId,
    correlationId: randomUUID(),
    payload: {
      tenantId: clerk.tenantId,
      legalName: 'Lakeside Family Medicine',
      npi: aValidNpi(),
      timeZone: 'America/Chicago',
    },
  });
  const directory = harness.get(ClinicEventsConsumer);
  await deliverEvent(directory.onTenantEvent.bind(directory), Topic.IdentityTenants, announced);
  return clerk;
};

/** The clerk releases the visit's charges to the ledger. */
export const releases = (harness: UseCaseHarness, clerk: ClinicActor, visitId: string) =>
  harness.as(clerk, () => harness.get(ReleaseVisit).execute({ ...harness.commandFor(clerk), visitId }));

export interface CompletedVisit {
  patientId?: string;
  startsAt?: string;
  procedures?: PayloadOf<typeof AppointmentCompleted>['procedures'];
}

/** appointment.completed for a visit at 9:00 in Chicago on 2 March 2026 (by default), as scheduling announces it. */
export const aCompletedVisit = (
  clerk: ClinicActor,
  { patientId = randomUUID(), startsAt = '2026-03-02T15:00:00Z', procedures }: CompletedVisit = {},
): EventEnvelope<PayloadOf<typeof AppointmentCompleted>> => {
  const appointmentId = randomUUID();
  return buildEnvelope(AppointmentCompleted, {
    tenantId: clerk.tenantId,
    aggregateId: appointmentId,
    correlationId: randomUUID(),
    payload: {
      appointmentId,
      patientId,
      providerId: randomUUID(),
      locationId: randomUUID(),
      appointmentTypeId: randomUUID(),
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
      timeZone: 'America/Chicago',
      renderingProviderNpi: aValidNpi(),
      diagnoses: ['J06.9', 'E11.9'],
      procedures: procedures ?? [{ code: '99213', modifiers: ['25'], units: 1, diagnosisPointers: [2, 1] }],
    },
  });
};

/** Scheduling announces a visit completed, as billing would hear it. */
export const schedulingCompletes = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  visit: CompletedVisit = {},
): Promise<string> => {
  const envelope = aCompletedVisit(clerk, visit);
  const consumer = harness.get(AppointmentEventsConsumer);
  await deliverEvent(consumer.onAppointmentEvent.bind(consumer), Topic.SchedulingAppointments, envelope);
  return envelope.payload.appointmentId;
};

/** coverage.updated as scheduling announces it: one primary plan with the payer named, from 2026 on. */
export const aCoverageList = (clerk: ClinicActor, patientId: string, payerId = '60054') =>
  buildEnvelope(CoverageUpdated, {
    tenantId: clerk.tenantId,
    aggregateId: patientId,
    correlationId: randomUUID(),
    payload: {
      patientId,
      coverages: [
        {
          coverageId: randomUUID(),
          payerId,
          payerName: 'Aetna',
          memberId: 'W123456789',
          groupNumber: null,
          rank: 'primary',
          subscriberRelationship: 'self',
          effectiveFrom: '2026-01-01',
          effectiveTo: null,
        },
      ],
    },
  });

/** Scheduling announces the patient's coverage list, as billing would hear it. */
export const schedulingRecordsCoverage = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  patientId: string,
  payerId = '60054',
): Promise<void> => {
  const consumer = harness.get(CoverageEventsConsumer);
  const envelope = aCoverageList(clerk, patientId, payerId);
  await deliverEvent(consumer.onPatientEvent.bind(consumer), Topic.SchedulingPatients, envelope);
};

/** The patient of the visits released only to mark how far the topic has been read. */
const MARKER_PATIENT = randomUUID();

/**
 * The clinic's events on billing.charges as claims reads them, once a later visit's release has arrived too: the
 * relay publishes in commit order, so everything the steps before wrote has been published by then. The outbox
 * itself cannot tell, since the relay deletes what it published. Charges are keys of their own, so their order
 * across partitions is not kept.
 */
const announcedSoFar = async (
  harness: UseCaseHarness,
  topic: TopicListener,
  clerk: ClinicActor,
): Promise<Array<EventEnvelope<Record<string, unknown>>>> => {
  const marker = await schedulingCompletes(harness, clerk, { patientId: MARKER_PATIENT });
  await releases(harness, clerk, marker);
  const arrived = await eventually(async () => {
    const events = await topic.eventsOf(clerk.tenantId, 1);
    expect(events.map(({ payload }) => payload.visitId)).toContain(marker);
    return events;
  });
  return arrived.filter(({ payload }) => payload.patientId !== MARKER_PATIENT);
};

/** Billing's use cases with a reader of billing.charges beside them, for specs that check what was announced. */
export interface BillingUseCasesReadingCharges {
  harness: UseCaseHarness;
  charges: TopicListener;
  announcedSoFar(clerk: ClinicActor): Promise<Array<EventEnvelope<Record<string, unknown>>>>;
  close(): Promise<void>;
}

/** Start once per file, like startBillingUseCases. */
export const startBillingUseCasesReadingCharges = async (): Promise<BillingUseCasesReadingCharges> => {
  const harness = await startBillingUseCases();
  const charges = await listenToTopic(Topic.BillingCharges);
  return {
    harness,
    charges,
    announcedSoFar: (clerk) => announcedSoFar(harness, charges, clerk),
    close: async () => {
      await charges.stop();
      await harness.close();
    },
  };
};
