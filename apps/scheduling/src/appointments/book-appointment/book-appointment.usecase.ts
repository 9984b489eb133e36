import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppointmentBooked } from '@praxis/contracts';
import { OutboxRow, OutboxWriter, PatientDataTrail } from '@praxis/messaging';
import { IdempotentRequests, runPrepared } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { Appointment } from '../appointment.entity';
import { isDoubleBooking, isPatientOverlap, SlotTakenError } from '../appointment-errors';
import { appointmentPayload } from '../appointment-events';
import { visitRecordOf } from '../visit-records';
import { BookAppointmentCommand } from './book-appointment.command';
import { BOOK_APPOINTMENT } from './booking.sql';
import { NextFreeSlots } from './next-free-slots';
import { PatientVisitsThen } from './patient-visits-then';
import { VisitPlanner } from './visit-planner';

@Injectable()
export class BookAppointment {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly planner: VisitPlanner,
    private readonly outbox: OutboxWriter,
    private readonly nextFreeSlots: NextFreeSlots,
    private readonly patientVisits: PatientVisitsThen,
    private readonly trail: PatientDataTrail,
  ) {}

  async execute(command: BookAppointmentCommand): Promise<Appointment> {
    // The key is answered for what was asked, never for who asked or when.
    const { tenantId: _tenantId, actorUserId: _actorUserId, now: _now, idempotencyKey, ...request } = command;
    try {
      return await this.transactions.run(async (manager) => {
        const { result, replayed } = await this.idempotency.once(manager, idempotencyKey, request, () =>
          this.book(manager, command),
        );
        // A replay books nothing, but it still shows the caller the visit.
        if (replayed) await this.trail.record(manager, 'read', [visitRecordOf(result)]);
        return result;
      });
    } catch (error) {
      if (isDoubleBooking(error)) throw new SlotTakenError(await this.nextFreeSlots.after(request));
      if (isPatientOverlap(error)) throw await this.patientVisits.refusal(request);
      throw error;
    }
  }

  private async book(manager: EntityManager, request: BookAppointmentCommand): Promise<Appointment> {
    const plan = await this.planner.plan(
      manager,
      { ...request, startsAt: new Date(request.startsAt) },
      { patientId: request.patientId },
    );
    const appointment = manager.create(Appointment, {
      id: randomUUID(),
      tenantId: request.tenantId,
      patientId: request.patientId,
      providerId: request.providerId,
      locationId: request.locationId,
      roomId: request.roomId ?? null,
      appointmentTypeId: request.appointmentTypeId,
      startsAt: plan.startsAt,
      endsAt: plan.endsAt,
      blockedFrom: plan.blockedFrom,
      blockedUntil: plan.blockedUntil,
      timeZone: plan.timeZone,
      status: 'booked',
      notes: request.notes ?? null,
      allowPatientOverlap: request.allowPatientOverlap ?? false,
    });
    const [written] = await runPrepared(
      manager,
      BOOK_APPOINTMENT,
      bookingParameters(appointment, this.eventsOf(appointment)),
    );
    return Object.assign(appointment, written);
  }

  /** What the booking tells the outbox: that the visit is booked, and that the actor created patient data. */
  private eventsOf(appointment: Appointment): OutboxRow[] {
    return [
      this.outbox.rowFor(AppointmentBooked, { aggregateId: appointment.id, payload: appointmentPayload(appointment) }),
      ...this.trail.rowsFor('create', [visitRecordOf(appointment)]),
    ];
  }
}

/** `BOOK_APPOINTMENT`'s parameters: the appointment's columns in its order ($1..$14), then the outbox rows as arrays. */
const bookingParameters = (appointment: Appointment, events: OutboxRow[]): unknown[] => [
  appointment.id,
  appointment.tenantId,
  appointment.patientId,
  appointment.providerId,
  appointment.locationId,
  appointment.roomId,
  appointment.appointmentTypeId,
  appointment.startsAt,
  appointment.endsAt,
  appointment.blockedFrom,
  appointment.blockedUntil,
  appointment.timeZone,
  appointment.notes,
  appointment.allowPatientOverlap,
  events.map((event) => event.eventId),
  events.map((event) => event.topic),
  events.map((event) => event.messageKey),
  events.map((event) => JSON.stringify(event.envelope)),
];
