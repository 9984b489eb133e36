import { createMessagingTables } from '@praxis/messaging';
import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityInitial1764000000000 implements MigrationInterface {
  name = 'IdentityInitial1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE clinics (
        id uuid PRIMARY KEY,
        legal_name character varying NOT NULL,
        npi character varying(10) NOT NULL,
        tin character varying(9) NOT NULL,
        address jsonb NOT NULL,
        time_zone character varying NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenantIsolation(queryRunner, 'clinics', 'id');
    await queryRunner.query(`
      CREATE TABLE locations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        name character varying NOT NULL,
        time_zone character varying NOT NULL,
        address jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenantIsolation(queryRunner, 'locations');
    await queryRunner.query(`
      CREATE TABLE staff_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        email character varying NOT NULL,
        display_name character varying NOT NULL,
        roles text array NOT NULL,
        active boolean NOT NULL DEFAULT true,
        password_hash character varying NOT NULL,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenantIsolation(queryRunner, 'staff_members');
    await queryRunner.query(`
      CREATE TABLE login_directory (
        email character varying PRIMARY KEY,
        tenant_id uuid NOT NULL,
        user_id uuid NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        user_id uuid NOT NULL,
        family_id uuid NOT NULL,
        secret_hash character varying NOT NULL,
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenantIsolation(queryRunner, 'refresh_tokens');
    await queryRunner.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        actor_user_id uuid,
        action character varying NOT NULL,
        resource text,
        request_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenantIsolation(queryRunner, 'audit_events');
    await queryRunner.query(`CREATE INDEX audit_events_by_time ON audit_events (tenant_id, created_at, id)`);
    await createMessagingTables(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'inbox_events',
      'outbox_events',
      'audit_events',
      'refresh_tokens',
      'login_directory',
      'staff_members',
      'locations',
      'clinics',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
