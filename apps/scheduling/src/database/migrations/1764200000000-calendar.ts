import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

const tables = [
  'availability_exceptions',
  'working_hours',
  'appointment_types',
  'rooms',
  'providers',
  'locations',
  'staff_members',
];

/** Providers, rooms, appointment types and availability, plus scheduling's copies of identity's staff and locations. */
export class Calendar1764200000000 implements MigrationInterface {
  name = 'Calendar1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE staff_members (
        user_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        display_name character varying NOT NULL,
        roles text array NOT NULL,
        active boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE locations (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        name character varying NOT NULL,
        time_zone character varying NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE providers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        user_id uuid NOT NULL,
        npi character varying(10) NOT NULL,
        taxonomy_code character varying(10) NOT NULL,
        display_name character varying NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX providers_one_per_user ON providers (tenant_id, user_id)`);
    await queryRunner.query(`
      CREATE TABLE rooms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        name character varying NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX rooms_unique_name_per_location ON rooms (tenant_id, location_id, name)`,
    );
    await queryRunner.query(`
      CREATE TABLE appointment_types (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        name character varying NOT NULL,
        duration_minutes smallint NOT NULL,
        buffer_before_minutes smallint NOT NULL DEFAULT 0,
        buffer_after_minutes smallint NOT NULL DEFAULT 0,
        procedure_codes text array NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX appointment_types_unique_name ON appointment_types (tenant_id, name)`);
    await this.createAvailabilityTables(queryRunner);
    for (const table of [...tables].reverse()) await enableTenantIsolation(queryRunner, table);
  }

  private async createAvailabilityTables(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE working_hours (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        location_id uuid NOT NULL,
        weekday smallint NOT NULL,
        start_time time NOT NULL,
        end_time time NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT working_hours_valid_range CHECK ("weekday" BETWEEN 1 AND 7 AND "start_time" < "end_time")
      )`);
    await queryRunner.query(
      `CREATE INDEX working_hours_by_provider ON working_hours (tenant_id, provider_id, weekday)`,
    );
    await queryRunner.query(`
      CREATE TABLE availability_exceptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        kind character varying NOT NULL,
        provider_id uuid,
        location_id uuid,
        starts_at timestamptz,
        ends_at timestamptz,
        from_date date,
        to_date date,
        start_time time,
        end_time time,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT availability_exceptions_known_kind CHECK ("kind" IN ('time_off', 'holiday', 'extra_hours'))
      )`);
    await queryRunner.query(
      `CREATE INDEX availability_exceptions_by_provider ON availability_exceptions (tenant_id, provider_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX availability_exceptions_by_location ON availability_exceptions (tenant_id, location_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
