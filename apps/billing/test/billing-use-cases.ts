import { randomUUID } from 'node:crypto';
import {
  AppointmentCompleted,
  buildEnvelope,
  CoverageUpdated,
  EventEnvelope,
  PayloadOf,
  Topic,
} from '@praxis/contracts';
import { parseConfig } from '@praxis/platform';
import { Actor, TenantTransactions } from '@praxis/tenancy';
import {
  aValidNpi,
  deliverEvent,
  FixedClock,
  serviceTestEnvironment,
  startUseCaseHarness,
  UseCaseHarness,
} from '@praxis/testing';
import { billingConfigSchema } from '../src/billing.config';
import { BILLING_SERVICE, BillingModule } from '../src/billing.module';
import { AppointmentEventsConsumer } from '../src/charges/appointment-events.consumer';
import { CoverageEventsConsumer } from '../src/coverage/coverage-events.consumer';

export type ClinicActor = Actor & { tenantId: string };

/** Billing's use cases on the shared test database, with a clock the spec sets. Start once per file. */
export const startBillingUseCases = (clock?: FixedClock): Promise<UseCaseHarness> =>
  startUseCaseHarness(
    BillingModule.register(parseConfig(billingConfigSchema, serviceTestEnvironment(BILLING_SERVICE))),
    clock,
  );

/** A billing clerk at a clinic of their own, so specs sharing the database never see each other's rows. */
export const aClerkAtANewClinic = (): ClinicActor => ({
  tenantId: randomUUID(),
  userId: randomUUID(),
  roles: ['billing_clerk'],
});

/** A fee schedule file as a clerk would export it from a spreadsheet. */
export const feeScheduleCsv = (...rows: string[]): string =>
  ['procedure_code,modifiers,payer_id,amount', ...rows].join('\r\n');

export interface CompletedVisit {
  patientId?: string;
  startsAt?: string;
  procedures?: PayloadOf<typeof AppointmentCompleted>['procedures'];
}

/** Scheduling announces a visit completed at 9:00 in Chicago on 2 March 2026 (by default), as billing would hear it. */
export const schedulingCompletes = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  { patientId = randomUUID(), startsAt = '2026-03-02T15:00:00Z', procedures }: CompletedVisit = {},
): Promise<string> => {
  const appointmentId = randomUUID();
  const envelope = buildEnvelope(AppointmentCompleted, {
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
  const consumer = harness.get(AppointmentEventsConsumer);
  await deliverEvent(consumer.onAppointmentEvent.bind(consumer), Topic.SchedulingAppointments, envelope);
  return appointmentId;
};

/** Scheduling announces the patient's coverage list: one primary plan with the payer named, from 2026 on. */
export const schedulingRecordsCoverage = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  patientId: string,
  payerId = '60054',
): Promise<void> => {
  const envelope = buildEnvelope(CoverageUpdated, {
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
  const consumer = harness.get(CoverageEventsConsumer);
  await deliverEvent(consumer.onPatientEvent.bind(consumer), Topic.SchedulingPatients, envelope);
};

/** Every event the clinic's billing has written to its outbox, oldest first. */
export const announced = (harness: UseCaseHarness, clerk: ClinicActor): Promise<EventEnvelope[]> =>
  harness.as(clerk, () =>
    harness
      .get(TenantTransactions)
      .run(async (manager) =>
        (
          await manager.query(
            `SELECT envelope FROM outbox_events WHERE tenant_id = current_setting('app.tenant_id')::uuid ORDER BY position`,
          )
        ).map(({ envelope }: { envelope: EventEnvelope }) => envelope),
      ),
  );
