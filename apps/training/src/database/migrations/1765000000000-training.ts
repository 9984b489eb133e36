import { createStaffDirectoryTable } from '@praxis/replicas';
import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = [
  'credential_expiries',
  'training_notifications',
  'training_completions',
  'training_certificates',
  'training_assignments',
  'training_requirements',
  'staff_members',
];

/** Requirements, who must meet them, what they did about it, and what the daily scan already told whom. */
export class Training1765000000000 implements MigrationInterface {
  name = 'Training1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createStaffDirectoryTable(queryRunner);
    await queryRunner.query(`
      CREATE TABLE training_requirements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        name character varying NOT NULL,
        kind character varying NOT NULL CONSTRAINT training_requirements_kind CHECK (kind IN ('course', 'credential')),
        topic character varying NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        location_ids uuid[] NOT NULL DEFAULT '{}',
        staff_ids uuid[] NOT NULL DEFAULT '{}',
        recurrence character varying NOT NULL
          CONSTRAINT training_requirements_recurrence CHECK (recurrence IN ('once', 'months', 'printed_expiry')),
        every_months smallint,
        grace_days smallint NOT NULL DEFAULT 0,
        due_within_days smallint NOT NULL DEFAULT 30,
        blocks_scheduling boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT training_requirements_months CHECK ((recurrence = 'months') = (every_months IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX training_requirements_unique_name ON training_requirements (tenant_id, name)`,
    );
    await queryRunner.query(`
      CREATE TABLE training_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        requirement_id uuid NOT NULL,
        user_id uuid NOT NULL,
        due_on date NOT NULL,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX training_assignments_once ON training_assignments (tenant_id, requirement_id, user_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE training_certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        user_id uuid NOT NULL,
        media_type character varying NOT NULL,
        byte_size integer NOT NULL,
        sha256 character varying NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE training_completions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        requirement_id uuid NOT NULL,
        user_id uuid NOT NULL,
        completed_on date NOT NULL,
        expires_on date,
        issuer character varying,
        certificate_number character varying,
        certificate_id uuid,
        review character varying NOT NULL
          CONSTRAINT training_completions_review CHECK (review IN ('pending', 'verified', 'rejected')),
        rejection_reason text,
        submitted_by uuid,
        reviewed_by uuid,
        reviewed_at timestamptz,
        supersedes_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT training_completions_dates CHECK (expires_on IS NULL OR expires_on >= completed_on)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX training_completions_one_correction ON training_completions (supersedes_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX training_completions_by_person ON training_completions (tenant_id, user_id, requirement_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE training_notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        assignment_id uuid NOT NULL,
        recipient_user_id uuid NOT NULL,
        deadline date NOT NULL,
        stage character varying NOT NULL,
        channel character varying NOT NULL,
        message text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX training_notifications_once
       ON training_notifications (tenant_id, assignment_id, recipient_user_id, deadline, stage)`,
    );
    await queryRunner.query(`
      CREATE TABLE credential_expiries (
        tenant_id uuid NOT NULL,
        assignment_id uuid NOT NULL,
        expired_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, assignment_id, expired_on)
      )`);
    for (const table of TABLES.filter((name) => name !== 'staff_members'))
      await enableTenantIsolation(queryRunner, table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
