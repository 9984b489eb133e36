import { makeAppendOnly } from '@praxis/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Identity's audit trail also holds every service's patient data accesses, and nobody running a service can rewrite it. */
export class AuditTrailOfPatientData1764500000000 implements MigrationInterface {
  name = 'AuditTrailOfPatientData1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_events
        ADD COLUMN service character varying NOT NULL DEFAULT 'identity',
        ADD COLUMN patient_id uuid,
        ADD COLUMN record_id uuid,
        ADD COLUMN occurred_at timestamptz NOT NULL DEFAULT now()`);
    await queryRunner.query(
      `CREATE INDEX audit_events_by_patient ON audit_events (tenant_id, patient_id, created_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_events_by_actor ON audit_events (tenant_id, actor_user_id, created_at, id)`,
    );
    await makeAppendOnly(queryRunner, 'audit_events');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_events_by_actor`);
    await queryRunner.query(`DROP INDEX audit_events_by_patient`);
    await queryRunner.query(
      `ALTER TABLE audit_events DROP COLUMN occurred_at, DROP COLUMN record_id, DROP COLUMN patient_id, DROP COLUMN service`,
    );
  }
}
