import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { PoolClient } from 'pg';
// The floor must send scheduling's own statements, not a copy that drifts; a benchmark may lean on the app it measures.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  BOOK_APPOINTMENT,
  VISIT_CONTEXT,
} from '../../../apps/scheduling/src/appointments/book-appointment/booking.sql';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { slotGridAround } from '../../../apps/scheduling/src/availability/slots/slot-generation';
import {
  FloorAnswer,
  FloorHandler,
  FloorRequest,
  FloorServer,
  inTenantTransaction,
  startFloorServer,
} from './floor-server';

interface BookingRequest {
  patientId: string;
  providerId: string;
  locationId: string;
  appointmentTypeId: string;
  startsAt: string;
}

interface VisitContextRow {
  patientExists: boolean;
  provider: { active: boolean } | null;
  appointmentType: {
    active: boolean;
    durationMinutes: number;
    bufferBeforeMinutes: number;
    bufferAfterMinutes: number;
  } | null;
  location: { timeZone: string } | null;
  blockingCredentials: unknown[];
  weeklyHours: Array<{ weekday: number; startTime: string; endTime: string }>;
}

class Refusal extends Error {
  constructor(readonly answer: FloorAnswer) {
    super(String(answer.status));
  }
}

const refuse = (status: number, title: string): never => {
  throw new Refusal({ status, body: { title } });
};

const EXCLUSION_VIOLATION = '23P01';

/** Refuses what the route refuses, short of holidays and time off (the benchmark's calendars have none). */
const plan = async (client: PoolClient, request: BookingRequest) => {
  const parameters = [
    request.patientId,
    request.providerId,
    request.appointmentTypeId,
    request.locationId,
    null,
    request.startsAt,
  ];
  const context = (await client.query<VisitContextRow>({ ...VISIT_CONTEXT, values: parameters })).rows[0];
  if (!context.patientExists) refuse(422, 'unknown patient');
  if (!context.provider?.active) refuse(422, 'unknown provider');
  const type = context.appointmentType?.active ? context.appointmentType : refuse(422, 'unknown appointment type');
  const location = context.location ?? refuse(422, 'unknown location');
  if (context.blockingCredentials.length > 0) refuse(422, 'provider blocked');
  const startsAt = DateTime.fromISO(request.startsAt, { zone: location.timeZone });
  const endsAt = startsAt.plus({ minutes: type.durationMinutes });
  const [from, until] = [startsAt.toFormat('HH:mm:ss'), endsAt.toFormat('HH:mm:ss')];
  const open = context.weeklyHours.some(
    (hours) => hours.weekday === startsAt.weekday && hours.startTime <= from && until <= hours.endTime,
  );
  if (!open || startsAt.toMillis() <= Date.now()) refuse(422, 'outside working hours');
  if (!slotGridAround(startsAt.toJSDate(), location.timeZone, type.durationMinutes).onGrid) refuse(422, 'off the grid');
  return {
    timeZone: location.timeZone,
    startsAt: startsAt.toJSDate(),
    endsAt: endsAt.toJSDate(),
    blockedFrom: startsAt.minus({ minutes: type.bufferBeforeMinutes }).toJSDate(),
    blockedUntil: endsAt.plus({ minutes: type.bufferAfterMinutes }).toJSDate(),
  };
};

const envelope = (
  type: string,
  topic: string,
  { tenantId, requestId }: FloorRequest,
  aggregateId: string,
  payload: unknown,
) => ({
  topic,
  event: {
    id: randomUUID(),
    type,
    version: 1,
    tenantId,
    aggregateId,
    occurredAt: new Date().toISOString(),
    correlationId: requestId,
    payload,
  },
});

/** The two events the route writes with the visit: the booking itself, and the patient data trail's line. */
const eventsOf = (
  request: FloorRequest,
  booking: BookingRequest,
  id: string,
  visit: Awaited<ReturnType<typeof plan>>,
) => [
  envelope('appointment.booked', 'scheduling.appointments', request, id, {
    appointmentId: id,
    ...booking,
    startsAt: visit.startsAt,
    endsAt: visit.endsAt,
    timeZone: visit.timeZone,
  }),
  envelope('patient-data.accessed', 'audit.patient-data', request, request.userId, {
    service: 'scheduling',
    actorUserId: request.userId,
    action: 'create',
    records: [{ patientId: booking.patientId, kind: 'visit', id }],
    occurredAt: new Date().toISOString(),
    requestId: request.requestId,
  }),
];

const book = async (client: PoolClient, request: FloorRequest, booking: BookingRequest) => {
  const visit = await plan(client, booking);
  const id = randomUUID();
  const events = eventsOf(request, booking, id, visit);
  const columns = [
    id,
    request.tenantId,
    booking.patientId,
    booking.providerId,
    booking.locationId,
    null,
    booking.appointmentTypeId,
  ];
  const times = [visit.startsAt, visit.endsAt, visit.blockedFrom, visit.blockedUntil, visit.timeZone, null, false];
  const outbox = [
    events.map(({ event }) => event.id),
    events.map(({ topic }) => topic),
    events.map(({ event }) => event.aggregateId),
    events.map(({ event }) => JSON.stringify(event)),
  ];
  const [written] = (await client.query({ ...BOOK_APPOINTMENT, values: [...columns, ...times, ...outbox] })).rows;
  return { id, tenantId: request.tenantId, ...booking, ...visit, status: 'booked', ...written };
};

const bookAppointment: FloorHandler = async (database, request) => {
  try {
    return {
      status: 201,
      body: await inTenantTransaction(database, request.tenantId, (client) =>
        book(client, request, request.body as BookingRequest),
      ),
    };
  } catch (error) {
    if (error instanceof Refusal) return error.answer;
    if ((error as { code?: string }).code === EXCLUSION_VIOLATION)
      return { status: 409, body: { title: 'slot taken' } };
    throw error;
  }
};

/** `POST /api/v1/appointments` with nothing but node:http and pg around scheduling's statements. */
export const startBookingFloor = (schedulingDatabaseUrl: string): Promise<FloorServer> =>
  startFloorServer(schedulingDatabaseUrl, bookAppointment);
