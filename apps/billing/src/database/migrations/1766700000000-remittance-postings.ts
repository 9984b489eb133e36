import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payers' decisions as billing posted them, the adjustments waiting for a clerk, and on each ledger line the decision
 * that wrote it, so a reversal can mirror exactly those lines.
 */
export class RemittancePostings1766700000000 implements MigrationInterface {
  name = 'RemittancePostings1766700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE remittance_postings (
        adjudication_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        claim_id uuid NOT NULL,
        visit_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        payer_id character varying NOT NULL,
        payer_claim_control_number character varying,
        claim_status character varying NOT NULL
          CONSTRAINT remittance_postings_claim_status CHECK (claim_status IN ('paid', 'partially_paid', 'denied')),
        paid_minor integer NOT NULL,
        currency character varying(3) NOT NULL,
        posted_at timestamptz NOT NULL,
        reversal_id uuid,
        reversed_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX remittance_postings_visit ON remittance_postings (tenant_id, visit_id)`);
    await queryRunner.query(`
      CREATE TABLE adjustment_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        adjudication_id uuid NOT NULL
          CONSTRAINT adjustment_reviews_adjudication_id_fkey REFERENCES remittance_postings (adjudication_id),
        claim_id uuid NOT NULL,
        visit_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        payer_id character varying NOT NULL,
        charge_id uuid,
        adjustment_group character varying NOT NULL
          CONSTRAINT adjustment_reviews_group CHECK (adjustment_group IN ('CO', 'PR', 'OA', 'PI', 'CR')),
        reason character varying NOT NULL,
        amount_minor integer NOT NULL,
        currency character varying(3) NOT NULL,
        status character varying NOT NULL CONSTRAINT adjustment_reviews_status
          CHECK (status IN ('open', 'written_off', 'transferred_to_patient', 'withdrawn')),
        resolved_at timestamptz,
        resolved_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX adjustment_reviews_worklist ON adjustment_reviews (tenant_id, status, created_at)`,
    );
    await queryRunner.query(`CREATE INDEX adjustment_reviews_adjudication ON adjustment_reviews (adjudication_id)`);
    for (const table of ['remittance_postings', 'adjustment_reviews']) await enableTenantIsolation(queryRunner, table);
    await queryRunner.query(`ALTER TABLE ledger_entries ADD COLUMN adjudication_id uuid`);
    await queryRunner.query(`CREATE INDEX ledger_entries_adjudication ON ledger_entries (adjudication_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ledger_entries DROP COLUMN adjudication_id`);
    await queryRunner.query(`DROP TABLE adjustment_reviews`);
    await queryRunner.query(`DROP TABLE remittance_postings`);
  }
}
