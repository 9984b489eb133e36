import type { PreparedStatement } from '@praxis/platform';

/**
 * The statements a booking makes, besides the tenant transaction's own (BEGIN, `set_config('app.tenant_id')`,
 * COMMIT). Row-level security scopes every table read here to the tenant the transaction set. Both are prepared:
 * planning the context read cost PostgreSQL four times what executing it did (docs/performance.md).
 */

/**
 * Everything that decides whether a visit may be booked, in one round trip: does the patient exist (skipped when
 * $1 is null, as on a reschedule), the provider and whether they are active, the appointment type, the location
 * and the visit's local date there, whether the room is an active one at that location (skipped when $5 is
 * null), the provider's blocking credentials, and the provider's working hours and the exceptions touching
 * that date. Each check was a round trip of its own; the decisions, and their order, stay in `VisitPlanner`.
 *
 * Time off given as instants is fetched with a day's margin either side of the local date (as slot search
 * does), which covers every UTC offset; the check clips precisely. The double booking itself is not checked
 * here: only the exclusion constraint can decide it under concurrency.
 *
 * $1 patient id or null, $2 provider id, $3 appointment type id, $4 location id, $5 room id or null,
 * $6 the visit's start (timestamptz).
 */
export const VISIT_CONTEXT: PreparedStatement = {
  name: 'scheduling_visit_context',
  text: `
  WITH location AS (
    SELECT id, name, time_zone, (CAST($6 AS timestamptz) AT TIME ZONE time_zone)::date AS local_date
      FROM locations WHERE id = $4
  ), provider AS (
    SELECT id, user_id, display_name, active FROM providers WHERE id = $2
  )
  SELECT
    ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM patients WHERE id = $1)) AS "patientExists",
    (SELECT json_build_object('id', id, 'userId', user_id, 'displayName', display_name, 'active', active) FROM provider) AS "provider",
    (SELECT json_build_object('name', name, 'active', active, 'durationMinutes', duration_minutes,
              'bufferBeforeMinutes', buffer_before_minutes, 'bufferAfterMinutes', buffer_after_minutes)
       FROM appointment_types WHERE id = $3) AS "appointmentType",
    (SELECT json_build_object('id', id, 'name', name, 'timeZone', time_zone, 'localDate', local_date) FROM location) AS "location",
    ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM rooms WHERE id = $5 AND location_id = $4 AND active)) AS "roomAtLocation",
    (SELECT coalesce(json_agg(json_build_object('credentialName', credential_name, 'expiredOn', expired_on)), '[]')
       FROM credential_blocks WHERE blocking AND user_id = (SELECT user_id FROM provider)) AS "blockingCredentials",
    (SELECT coalesce(json_agg(json_build_object('providerId', provider_id, 'locationId', location_id, 'weekday', weekday,
              'startTime', start_time, 'endTime', end_time)), '[]')
       FROM working_hours WHERE location_id = $4 AND provider_id = $2) AS "weeklyHours",
    (SELECT coalesce(json_agg(json_build_object('kind', kind, 'providerId', provider_id, 'locationId', location_id,
              'startsAt', starts_at, 'endsAt', ends_at, 'fromDate', from_date, 'toDate', to_date,
              'startTime', start_time, 'endTime', end_time)), '[]')
       FROM availability_exceptions exception, location
      WHERE (exception.kind = 'holiday' AND exception.location_id = $4 AND exception.from_date = location.local_date)
         OR (exception.provider_id = $2 AND (
              (exception.kind = 'extra_hours' AND exception.location_id = $4 AND exception.from_date = location.local_date)
           OR (exception.kind = 'time_off' AND exception.from_date <= location.local_date AND exception.to_date >= location.local_date)
           OR (exception.kind = 'time_off' AND exception.starts_at < location.local_date + 2 AND exception.ends_at > location.local_date - 1)))
    ) AS "exceptions"`,
};

/**
 * The appointment and its outbox events (AppointmentBooked and the patient data trail's record) in one
 * statement, so they still commit or vanish together. The id is chosen by the service, so the events can name
 * the visit before it is written. A double booking fails this statement on `appointments_no_double_booking`, a
 * patient's second visit at the same time on `appointments_no_patient_overlap`: the exclusion constraints stay the
 * only judges of both, even with several scheduling processes.
 *
 * $1 id, $2 tenant, $3 patient, $4 provider, $5 location, $6 room or null, $7 appointment type, $8 starts_at,
 * $9 ends_at, $10 blocked_from, $11 blocked_until, $12 time zone, $13 notes or null, $14 allow_patient_overlap;
 * the outbox rows as arrays: $15 event ids, $16 topics, $17 message keys, $18 envelopes.
 */
export const BOOK_APPOINTMENT: PreparedStatement = {
  name: 'scheduling_book_appointment',
  text: `
  WITH appointment AS (
    INSERT INTO appointments (id, tenant_id, patient_id, provider_id, location_id, room_id, appointment_type_id,
                              starts_at, ends_at, blocked_from, blocked_until, time_zone, status, notes,
                              allow_patient_overlap)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'booked', $13, $14)
    RETURNING diagnoses, procedures, created_at, updated_at
  ), events AS (
    INSERT INTO outbox_events (event_id, tenant_id, topic, message_key, envelope)
    SELECT event.id, $2, event.topic, event.message_key, event.envelope
      FROM unnest($15::uuid[], $16::text[], $17::text[], $18::jsonb[]) AS event(id, topic, message_key, envelope)
  )
  SELECT diagnoses, procedures, created_at AS "createdAt", updated_at AS "updatedAt" FROM appointment`,
};
