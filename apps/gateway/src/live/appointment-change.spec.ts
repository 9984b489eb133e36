import { randomUUID } from 'node:crypto';
import { AppointmentCancelled, AppointmentRescheduled, buildEnvelope } from '@praxis/contracts';
import { appointmentChangeOf, appointmentEvents } from './appointment-change';

const visit = () => ({
  appointmentId: randomUUID(),
  patientId: randomUUID(),
  providerId: randomUUID(),
  locationId: randomUUID(),
  appointmentTypeId: randomUUID(),
  timeZone: 'America/Chicago',
});
const clinic = { tenantId: randomUUID(), correlationId: 'request-1' };

/** As the gateway receives it: JSON off the topic, read against the appointment contracts. */
const received = (envelope: unknown) => appointmentEvents.parse(JSON.parse(JSON.stringify(envelope)));

describe('an appointment change as the calendar hears of it', () => {
  it('names the days on the location’s clock, both of them for a visit moved to another day', () => {
    const moved = visit();
    const envelope = buildEnvelope(AppointmentRescheduled, {
      ...clinic,
      aggregateId: moved.appointmentId,
      payload: {
        ...moved,
        // 23:30 in Chicago is already the next day in UTC.
        previousStartsAt: '2026-03-07T05:30:00.000Z',
        previousEndsAt: '2026-03-07T05:45:00.000Z',
        startsAt: '2026-03-09T15:00:00.000Z',
        endsAt: '2026-03-09T15:15:00.000Z',
      },
    });
    expect(appointmentChangeOf(received(envelope))).toEqual({
      appointmentId: moved.appointmentId,
      patientId: moved.patientId,
      providerId: moved.providerId,
      locationId: moved.locationId,
      status: 'booked',
      dates: ['2026-03-06', '2026-03-09'],
    });
  });

  it('carries ids, days and status only: a cancellation’s reason stays behind', () => {
    const cancelled = visit();
    const envelope = buildEnvelope(AppointmentCancelled, {
      ...clinic,
      aggregateId: cancelled.appointmentId,
      payload: {
        ...cancelled,
        startsAt: '2026-03-09T15:00:00.000Z',
        endsAt: '2026-03-09T15:15:00.000Z',
        reason: 'Patient asked to cancel after a diagnosis elsewhere',
      },
    });
    const change = appointmentChangeOf(received(envelope));
    expect(change).toMatchObject({ status: 'cancelled', dates: ['2026-03-09'] });
    expect(Object.keys(change).sort()).toEqual([
      'appointmentId',
      'dates',
      'locationId',
      'patientId',
      'providerId',
      'status',
    ]);
  });
});
