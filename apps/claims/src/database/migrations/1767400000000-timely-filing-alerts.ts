import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Alerts raised as a claim not yet accepted nears its payer's filing limit, each stage once per claim and deadline. */
export class TimelyFilingAlerts1767400000000 implements MigrationInterface {
  name = 'TimelyFilingAlerts1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE timely_filing_alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        claim_id uuid NOT NULL CONSTRAINT timely_filing_alerts_claim_fkey REFERENCES claims (id),
        filing_deadline date NOT NULL,
        stage integer NOT NULL,
        days_left integer NOT NULL,
        raised_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX timely_filing_alerts_once_per_stage
      ON timely_filing_alerts (claim_id, filing_deadline, stage)`);
    await enableTenantIsolation(queryRunner, 'timely_filing_alerts');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE timely_filing_alerts`);
  }
}
