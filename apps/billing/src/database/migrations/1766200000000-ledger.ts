import { makeAppendOnly } from '@praxis/database';
import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The double-entry ledger: the service may add lines and read them, never change or remove one. */
export class Ledger1766200000000 implements MigrationInterface {
  name = 'Ledger1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ledger_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        posting_id uuid NOT NULL,
        kind character varying NOT NULL CONSTRAINT ledger_entries_kind CHECK (kind IN ('charge', 'patient_payment',
          'insurer_payment', 'contractual_adjustment', 'write_off', 'transfer', 'refund', 'reversal')),
        account character varying NOT NULL CONSTRAINT ledger_entries_account CHECK (account IN ('insurance_receivable',
          'patient_receivable', 'revenue', 'cash', 'contractual_adjustment', 'write_off')),
        amount_minor integer NOT NULL,
        currency character varying(3) NOT NULL,
        patient_id uuid NOT NULL,
        visit_id uuid,
        charge_id uuid,
        posted_at timestamptz NOT NULL,
        posted_by uuid
      )`);
    await queryRunner.query(`CREATE INDEX ledger_entries_patient ON ledger_entries (tenant_id, patient_id)`);
    await queryRunner.query(`CREATE INDEX ledger_entries_posting ON ledger_entries (posting_id)`);
    await enableTenantIsolation(queryRunner, 'ledger_entries');
    await makeAppendOnly(queryRunner, 'ledger_entries');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ledger_entries`);
  }
}
