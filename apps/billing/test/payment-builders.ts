import { randomUUID } from 'node:crypto';
import {
  APPOINTMENT_EVENTS,
  buildEnvelope,
  CoverageUpdatedV2,
  CoverageUpdatedV3,
  EventContract,
  PatientRegistered,
  Topic,
} from '@praxis/contracts';
import { TenantTransactions } from '@praxis/tenancy';
import { aValidNpi, ClinicActor, deliverEvent, UseCaseHarness } from '@praxis/testing';
import { AppointmentEventsConsumer } from '../src/charges/appointment-events.consumer';
import { CoverageEventsConsumer } from '../src/coverage/coverage-events.consumer';
import { BalancesQueries } from '../src/ledger/balances.queries';
import { PostPaymentDto, ReceiptDto } from '../src/payments/dto/payment.dto';
import { PostPayment } from '../src/payments/post-payment/post-payment.usecase';
import { releases, schedulingCompletes } from './billing-use-cases';

/** The patient the front desk registers, as scheduling names her. */
export const maria = { firstName: 'Maria', lastName: 'Rivera', dateOfBirth: '1984-07-21', sex: 'female' as const };
export const mariasHome = {
  line1: '42 Lake Shore Dr',
  line2: 'Apt 5',
  city: 'Chicago',
  state: 'IL',
  postalCode: '60611-1234',
};

/**
 * Scheduling announces a newly registered patient, as billing would hear it: patient.registered, then coverage.updated
 * v2 and v3 stating her with her mailing address and no coverage yet.
 */
export const schedulingRegisters = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  patientId = randomUUID(),
): Promise<string> => {
  const about = { tenantId: clerk.tenantId, aggregateId: patientId, correlationId: randomUUID() };
  const insured = { patientId, patient: { ...maria, address: mariasHome }, coverages: [] };
  const consumer = harness.get(CoverageEventsConsumer);
  for (const envelope of [
    buildEnvelope(PatientRegistered, { ...about, payload: { patientId, ...maria } }),
    buildEnvelope(CoverageUpdatedV2, { ...about, payload: insured }),
    buildEnvelope(CoverageUpdatedV3, { ...about, payload: insured }),
  ])
    await deliverEvent(consumer.onPatientEvent.bind(consumer), Topic.SchedulingPatients, envelope);
  return patientId;
};

/** Scheduling announces a change to a visit of the patient (booked, checked in...; completed as an office visit, 99213). */
export const schedulingAnnounces = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  contract: (typeof APPOINTMENT_EVENTS)[number],
  { appointmentId = randomUUID(), patientId }: { appointmentId?: string; patientId: string },
): Promise<string> => {
  const startsAt = '2026-03-02T15:00:00Z';
  const payload = {
    appointmentId,
    patientId,
    providerId: randomUUID(),
    locationId: randomUUID(),
    appointmentTypeId: randomUUID(),
    startsAt,
    endsAt: '2026-03-02T15:30:00Z',
    timeZone: 'America/Chicago',
    previousStartsAt: startsAt,
    previousEndsAt: '2026-03-02T15:30:00Z',
    reason: 'the patient called',
    renderingProviderNpi: aValidNpi(),
    diagnoses: ['J06.9'],
    procedures: [{ code: '99213', modifiers: [], units: 1, diagnosisPointers: [1] }],
  };
  const envelope = buildEnvelope(contract as EventContract, {
    tenantId: clerk.tenantId,
    aggregateId: appointmentId,
    correlationId: randomUUID(),
    payload: contract.payload.parse(payload),
  });
  const consumer = harness.get(AppointmentEventsConsumer);
  await deliverEvent(consumer.onAppointmentEvent.bind(consumer), Topic.SchedulingAppointments, envelope);
  return appointmentId;
};

/** A released self-pay visit of the patient at $125.00 (the default fee schedule's office visit), on the day given. */
export const aReleasedVisit = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  patientId: string,
  startsAt = '2026-03-02T15:00:00Z',
): Promise<string> => {
  const visitId = await schedulingCompletes(harness, clerk, { patientId, startsAt });
  await releases(harness, clerk, visitId);
  return visitId;
};

export const cash = (amountMinor: number): ReceiptDto => ({ amountMinor, currency: 'USD', method: 'cash' });

/** The clerk posts the patient's payment with its own Idempotency-Key unless one is given. */
export const postsPayment = (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  payment: PostPaymentDto,
  idempotencyKey: string = randomUUID(),
) =>
  harness.as(clerk, () =>
    harness.get(PostPayment).execute({ ...harness.commandFor(clerk), ...payment, idempotencyKey }),
  );

export const balanceOf = async (harness: UseCaseHarness, clerk: ClinicActor, patientId: string) => {
  const { balances } = await harness.as(clerk, () => harness.get(BalancesQueries).patient(patientId));
  return balances[0];
};

/** Every row the clinic has in billing's tables, as text, to search for what must never be stored. */
export const everyRowOfTheClinic = (harness: UseCaseHarness, clerk: ClinicActor): Promise<string> =>
  harness.as(clerk, () =>
    harness.get(TenantTransactions).run(async (manager) => {
      const tables: { tablename: string }[] = await manager.query(
        `SELECT relname AS tablename FROM pg_class
          WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND has_table_privilege(oid, 'SELECT')`,
      );
      const dumps = await Promise.all(
        tables.map(({ tablename: table }) =>
          manager.query(`SELECT coalesce(string_agg(row_to_json(t)::text, ''), '') AS rows FROM "${table}" t`),
        ),
      );
      return dumps.map(([{ rows }]: { rows: string }[]) => rows).join('\n');
    }),
  );

export const ledgerLineCount = (harness: UseCaseHarness, clerk: ClinicActor): Promise<number> =>
  harness.as(clerk, () =>
    harness
      .get(TenantTransactions)
      .run(async (manager) => Number((await manager.query(`SELECT count(*) AS n FROM ledger_entries`))[0].n)),
  );
