import { serviceTestEnvironment } from '@praxis/testing';
import { Client } from 'pg';
import { ACTIVE_STATUSES, appointmentStatuses } from '../src/appointments/appointment.entity';
import { exceptionKinds } from '../src/availability/exceptions/availability-exception.entity';
import { coverageRanks } from '../src/patients/coverage.entity';
import { sexes } from '../src/patients/patient.entity';

/**
 * The values a constraint allows, as PostgreSQL stores it: `CHECK ((status = ANY (ARRAY['booked'::text, ...])))`,
 * or for an exclusion constraint its `WHERE` clause.
 */
const valuesOf = (definition: string): string[] => {
  const condition = definition.split(' WHERE ').at(-1) ?? definition;
  return [...condition.matchAll(/'([^']*)'::[a-z ]+/g)].map(([, value]) => value).sort();
};

describe('value lists written in code', () => {
  const database = new Client({ connectionString: serviceTestEnvironment('scheduling').DATABASE_URL });

  const constraintValues = async (table: string, constraint: string): Promise<string[]> => {
    const { rows } = await database.query<{ definition: string }>(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1::regclass AND conname = $2`,
      [table, constraint],
    );
    if (rows.length !== 1) throw new Error(`the migrated database has no constraint ${constraint} on ${table}`);
    return valuesOf(rows[0].definition);
  };

  beforeAll(() => database.connect());
  afterAll(() => database.end());

  it.each([
    ['appointment statuses', 'appointments', 'appointments_status_check', appointmentStatuses],
    ['statuses that hold a slot', 'appointments', 'appointments_no_double_booking', ACTIVE_STATUSES],
    ['coverage ranks', 'coverages', 'coverages_rank_check', coverageRanks],
    ['sexes', 'patients', 'patients_sex_check', sexes],
    ['availability exception kinds', 'availability_exceptions', 'availability_exceptions_known_kind', exceptionKinds],
  ])('are the %s the migrations allow', async (_list, table, constraint, values) => {
    expect(await constraintValues(table, constraint)).toEqual([...values].sort());
  });
});
