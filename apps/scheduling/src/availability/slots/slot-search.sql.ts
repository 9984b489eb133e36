/**
 * Everything a slot search needs, in one statement: the location, the appointment type, which providers to
 * search (the one named — if active — or every active provider with hours at the location in the range), their
 * weekly hours and the exceptions touching the range, and the time they already hold. Slot search was seven
 * round trips; it runs for every booking refused as a double booking (the 409's next free slots), so under a
 * race it must cost one. Slots themselves are generated in memory (`generateSlots`).
 *
 * Booked time is read from the start of the first local date (less the type's buffer after) to the end of the
 * last (plus its buffer before), written as the exclusion constraint is (tenant, provider, range overlap, its
 * status list) so the constraint's GiST index answers it; instants travel as epoch milliseconds, cheap to read.
 * Time off given as instants is fetched with a day's margin either side, which covers every UTC offset.
 *
 * $1 location id, $2 appointment type id, $3 provider id or null (every provider at the location),
 * $4 first local date, $5 last local date.
 */
export const SLOT_SEARCH_SQL = `
  WITH location AS (
    SELECT id, name, time_zone FROM locations WHERE id = $1
  ), visit_type AS (
    SELECT name, active, duration_minutes, buffer_before_minutes, buffer_after_minutes FROM appointment_types WHERE id = $2
  ), named_provider AS (
    SELECT id, active FROM providers WHERE id = $3
  ), searched AS (
    SELECT id FROM named_provider WHERE active
    UNION ALL
    SELECT provider.id FROM providers provider
      LEFT JOIN staff_members staff ON staff.user_id = provider.user_id
     WHERE $3::uuid IS NULL AND provider.active AND coalesce(staff.active, true)
       AND (EXISTS (SELECT 1 FROM working_hours hours WHERE hours.provider_id = provider.id AND hours.location_id = $1)
         OR EXISTS (SELECT 1 FROM availability_exceptions extra WHERE extra.kind = 'extra_hours' AND extra.provider_id = provider.id
                      AND extra.location_id = $1 AND extra.from_date BETWEEN $4 AND $5))
  ), held_range AS (
    SELECT (CAST($4 AS date)::timestamp AT TIME ZONE location.time_zone) - make_interval(mins => visit_type.buffer_after_minutes) AS from_at,
           ((CAST($5 AS date) + 1)::timestamp AT TIME ZONE location.time_zone) + make_interval(mins => visit_type.buffer_before_minutes) AS until_at
      FROM location, visit_type
  )
  SELECT
    (SELECT json_build_object('id', id, 'name', name, 'timeZone', time_zone) FROM location) AS "location",
    (SELECT json_build_object('name', name, 'active', active, 'durationMinutes', duration_minutes,
              'bufferBeforeMinutes', buffer_before_minutes, 'bufferAfterMinutes', buffer_after_minutes)
       FROM visit_type) AS "appointmentType",
    EXISTS (SELECT 1 FROM named_provider) AS "namedProviderExists",
    (SELECT coalesce(json_agg(id ORDER BY id), '[]') FROM searched) AS "providerIds",
    (SELECT coalesce(json_agg(json_build_object('providerId', provider_id, 'locationId', location_id, 'weekday', weekday,
              'startTime', start_time, 'endTime', end_time)), '[]')
       FROM working_hours WHERE location_id = $1 AND provider_id IN (SELECT id FROM searched)) AS "weeklyHours",
    (SELECT coalesce(json_agg(json_build_object('kind', kind, 'providerId', provider_id, 'locationId', location_id,
              'startsAt', starts_at, 'endsAt', ends_at, 'fromDate', from_date, 'toDate', to_date,
              'startTime', start_time, 'endTime', end_time)), '[]')
       FROM availability_exceptions exception
      WHERE (exception.kind = 'holiday' AND exception.location_id = $1 AND exception.from_date BETWEEN $4 AND $5)
         OR (exception.provider_id IN (SELECT id FROM searched) AND (
              (exception.kind = 'extra_hours' AND exception.location_id = $1 AND exception.from_date BETWEEN $4 AND $5)
           OR (exception.kind = 'time_off' AND exception.from_date <= $5 AND exception.to_date >= $4)
           OR (exception.kind = 'time_off' AND exception.starts_at < CAST($5 AS date) + 2 AND exception.ends_at > CAST($4 AS date) - 1)))
    ) AS "exceptions",
    (SELECT coalesce(json_agg(json_build_array(provider_id, (extract(epoch FROM blocked_from) * 1000)::bigint,
              (extract(epoch FROM blocked_until) * 1000)::bigint)), '[]')
       FROM appointments, held_range
      WHERE tenant_id = current_setting('app.tenant_id')::uuid
        AND provider_id IN (SELECT id FROM searched)
        AND tstzrange(blocked_from, blocked_until, '[)') && tstzrange(held_range.from_at, held_range.until_at, '[)')
        AND status IN ('booked', 'checked_in', 'completed')
    ) AS "booked"`;
