import { createIdempotencyTable } from '@praxis/platform';
import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Appointments1764300000000 implements MigrationInterface {
  name = 'Appointments1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
      CREATE TABLE appointments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        location_id uuid NOT NULL,
        room_id uuid,
        appointment_type_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        blocked_from timestamptz NOT NULL,
        blocked_until timestamptz NOT NULL,
        time_zone character varying NOT NULL,
        status text NOT NULL CHECK (status IN ('booked', 'checked_in', 'completed', 'cancelled', 'no_show')),
        cancellation_reason text,
        notes text,
        diagnoses text array NOT NULL DEFAULT '{}',
        procedures jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_at < ends_at AND blocked_from <= starts_at AND blocked_until >= ends_at)
      )`);
    // The database, not the application, makes a double booking impossible under any concurrency.
    await queryRunner.query(`
      ALTER TABLE appointments ADD CONSTRAINT appointments_no_double_booking
      EXCLUDE USING gist (tenant_id WITH =, provider_id WITH =, tstzrange(blocked_from, blocked_until, '[)') WITH &&)
      WHERE (status IN ('booked', 'checked_in', 'completed'))`);
    await queryRunner.query(
      `CREATE INDEX appointments_by_provider_time ON appointments (tenant_id, provider_id, starts_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX appointments_by_patient_time ON appointments (tenant_id, patient_id, starts_at)`,
    );
    await enableTenantIsolation(queryRunner, 'appointments');
    await createIdempotencyTable(queryRunner);
    await queryRunner.query(`
      CREATE TABLE credential_blocks (
        credential_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        user_id uuid NOT NULL,
        credential_name character varying NOT NULL,
        expired_on date NOT NULL
      )`);
    await enableTenantIsolation(queryRunner, 'credential_blocks');
    await queryRunner.query(`
      CREATE TABLE sent_notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        appointment_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        channel character varying NOT NULL,
        message text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenantIsolation(queryRunner, 'sent_notifications');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['sent_notifications', 'credential_blocks', 'idempotent_requests'])
      await queryRunner.query(`DROP TABLE ${table}`);
    await queryRunner.query(`DROP TABLE appointments`);
  }
}
