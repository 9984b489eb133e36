import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What follows a payer's decision: each decision kept for the denials worklist and the next payer's claim; claims
 * that replace or void a decided one (frequency 7 or 8, reusing its patient control number) and claims to the next
 * payer, which bill the same charges again.
 */
export class ClaimFollowUps1767300000000 implements MigrationInterface {
  name = 'ClaimFollowUps1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE claims
        ADD COLUMN frequency character varying(1) NOT NULL DEFAULT '1'
          CONSTRAINT claims_frequency CHECK (frequency IN ('1', '7', '8')),
        ADD COLUMN replaces_claim_id uuid,
        ADD COLUMN prior_payer_claim_id uuid`);
    await queryRunner.query(`DROP INDEX claims_patient_control_number_unique`);
    await queryRunner.query(`CREATE UNIQUE INDEX claims_patient_control_number_unique
      ON claims (tenant_id, patient_control_number) WHERE replaces_claim_id IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX claims_replaced_once ON claims (replaces_claim_id)`);
    await queryRunner.query(`CREATE UNIQUE INDEX claims_one_per_prior_payer_claim ON claims (prior_payer_claim_id)`);
    await queryRunner.query(`DROP INDEX claim_lines_one_per_charge`);
    await queryRunner.query(`CREATE UNIQUE INDEX claim_lines_one_per_charge ON claim_lines (claim_id, charge_id)`);
    await queryRunner.query(`CREATE INDEX claim_lines_by_charge ON claim_lines (charge_id)`);
    await queryRunner.query(`
      CREATE TABLE claim_adjudications (
        adjudication_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        claim_id uuid NOT NULL CONSTRAINT claim_adjudications_claim_fkey REFERENCES claims (id),
        claim_status character varying NOT NULL
          CONSTRAINT claim_adjudications_status CHECK (claim_status IN ('paid', 'partially_paid', 'denied')),
        payer_claim_control_number character varying,
        paid_minor integer NOT NULL,
        currency character varying(3) NOT NULL,
        lines jsonb NOT NULL,
        adjustments jsonb NOT NULL,
        remarks text[] NOT NULL DEFAULT '{}',
        decided_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX claim_adjudications_by_claim ON claim_adjudications (tenant_id, claim_id)`);
    await enableTenantIsolation(queryRunner, 'claim_adjudications');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE claim_adjudications`);
    await queryRunner.query(`DROP INDEX claim_lines_by_charge`);
    await queryRunner.query(`DROP INDEX claim_lines_one_per_charge`);
    await queryRunner.query(`CREATE UNIQUE INDEX claim_lines_one_per_charge ON claim_lines (charge_id)`);
    await queryRunner.query(`DROP INDEX claims_one_per_prior_payer_claim`);
    await queryRunner.query(`DROP INDEX claims_replaced_once`);
    await queryRunner.query(`DROP INDEX claims_patient_control_number_unique`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX claims_patient_control_number_unique ON claims (tenant_id, patient_control_number)`,
    );
    await queryRunner.query(
      `ALTER TABLE claims DROP COLUMN prior_payer_claim_id, DROP COLUMN replaces_claim_id, DROP COLUMN frequency`,
    );
  }
}
