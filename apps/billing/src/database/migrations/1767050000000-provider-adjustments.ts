import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

const ACCOUNTS = `'insurance_receivable', 'patient_receivable', 'patient_credit', 'revenue', 'cash',
  'contractual_adjustment', 'write_off', 'provider_adjustments'`;
const KINDS = `'charge', 'patient_payment', 'insurer_payment', 'contractual_adjustment', 'write_off', 'transfer',
  'refund', 'payment_application', 'reversal', 'provider_adjustment'`;

/** Payers' clinic-level adjustments (835 PLB): ledger lines that are no patient's, and each remittance posted once. */
export class ProviderAdjustments1767050000000 implements MigrationInterface {
  name = 'ProviderAdjustments1767050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE ledger_entries
        ALTER COLUMN patient_id DROP NOT NULL,
        DROP CONSTRAINT ledger_entries_account,
        ADD CONSTRAINT ledger_entries_account CHECK (account IN (${ACCOUNTS})),
        DROP CONSTRAINT ledger_entries_kind,
        ADD CONSTRAINT ledger_entries_kind CHECK (kind IN (${KINDS}))`);
    await queryRunner.query(`
      CREATE TABLE provider_adjustment_postings (
        remittance_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        payer_name character varying NOT NULL,
        trace_number character varying NOT NULL,
        currency character varying(3) NOT NULL,
        total_minor integer NOT NULL,
        posted_at timestamptz NOT NULL
      )`);
    await enableTenantIsolation(queryRunner, 'provider_adjustment_postings');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE provider_adjustment_postings`);
  }
}
