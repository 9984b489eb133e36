import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Statements as they were sent, with their PDFs, and the clinic's statement runs with their progress. */
export class PatientStatements1766900000000 implements MigrationInterface {
  name = 'PatientStatements1766900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE statement_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        status character varying NOT NULL CONSTRAINT statement_runs_status CHECK (status IN ('running', 'completed')),
        as_of timestamptz NOT NULL,
        total integer,
        issued integer NOT NULL DEFAULT 0,
        skipped jsonb NOT NULL DEFAULT '[]',
        failed jsonb NOT NULL DEFAULT '[]',
        started_by uuid,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX statement_runs_one_running ON statement_runs (tenant_id) WHERE status = 'running'`,
    );
    await queryRunner.query(`
      CREATE TABLE patient_statements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        run_id uuid,
        period_from date,
        statement_date date NOT NULL,
        currency character varying(3) NOT NULL,
        charges_minor integer NOT NULL,
        insurance_paid_minor integer NOT NULL,
        adjustments_minor integer NOT NULL,
        patient_paid_minor integer NOT NULL,
        insurance_pending_minor integer NOT NULL,
        balance_due_minor integer NOT NULL,
        due_0_to_30_minor integer NOT NULL,
        due_31_to_60_minor integer NOT NULL,
        due_61_to_90_minor integer NOT NULL,
        due_91_to_120_minor integer NOT NULL,
        due_over_120_minor integer NOT NULL,
        content jsonb NOT NULL,
        pdf bytea NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX patient_statements_patient ON patient_statements (tenant_id, patient_id, statement_date)`,
    );
    await queryRunner.query(`CREATE INDEX patient_statements_run ON patient_statements (run_id)`);
    await enableTenantIsolation(queryRunner, 'statement_runs');
    await enableTenantIsolation(queryRunner, 'patient_statements');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE patient_statements`);
    await queryRunner.query(`DROP TABLE statement_runs`);
  }
}
