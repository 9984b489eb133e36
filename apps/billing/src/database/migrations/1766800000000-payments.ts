import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['patient_payments', 'payment_allocations', 'payment_refunds', 'known_patients', 'known_appointments'];

const ACCOUNTS = `'insurance_receivable', 'patient_receivable', 'patient_credit', 'revenue', 'cash',
  'contractual_adjustment', 'write_off'`;
const KINDS = `'charge', 'patient_payment', 'insurer_payment', 'contractual_adjustment', 'write_off', 'transfer',
  'refund', 'payment_application', 'reversal'`;

/**
 * Patient payments as received, where they were applied and what was refunded; the patient's credit on the ledger; and
 * the patients and visits billing has heard of, so a payment or co-pay names only real ones.
 */
export class Payments1766800000000 implements MigrationInterface {
  name = 'Payments1766800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE patient_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        method character varying NOT NULL
          CONSTRAINT patient_payments_method CHECK (method IN ('cash', 'check', 'card')),
        amount_minor integer NOT NULL CONSTRAINT patient_payments_positive CHECK (amount_minor > 0),
        currency character varying(3) NOT NULL,
        check_number character varying,
        card_brand character varying,
        card_last4 character varying(4) CONSTRAINT patient_payments_card_last4 CHECK (card_last4 ~ '^[0-9]{4}$'),
        processor_reference character varying,
        copay_visit_id uuid,
        received_at timestamptz NOT NULL,
        received_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT patient_payments_check_number CHECK ((method = 'check') = (check_number IS NOT NULL)),
        CONSTRAINT patient_payments_card CHECK ((method = 'card') = (processor_reference IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX patient_payments_patient ON patient_payments (tenant_id, patient_id, received_at)`,
    );
    await queryRunner.query(`CREATE INDEX patient_payments_copay_visit ON patient_payments (copay_visit_id)`);
    await queryRunner.query(`
      CREATE TABLE payment_allocations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        payment_id uuid NOT NULL CONSTRAINT payment_allocations_payment_id_fkey REFERENCES patient_payments (id),
        visit_id uuid NOT NULL,
        amount_minor integer NOT NULL CONSTRAINT payment_allocations_not_zero CHECK (amount_minor <> 0),
        applied_at timestamptz NOT NULL,
        applied_by uuid
      )`);
    await queryRunner.query(`CREATE INDEX payment_allocations_payment ON payment_allocations (payment_id)`);
    await queryRunner.query(`CREATE INDEX payment_allocations_visit ON payment_allocations (visit_id)`);
    await queryRunner.query(`
      CREATE TABLE payment_refunds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        payment_id uuid NOT NULL CONSTRAINT payment_refunds_payment_id_fkey REFERENCES patient_payments (id),
        amount_minor integer NOT NULL CONSTRAINT payment_refunds_positive CHECK (amount_minor > 0),
        method character varying NOT NULL
          CONSTRAINT payment_refunds_method CHECK (method IN ('cash', 'check', 'card')),
        processor_reference character varying,
        reason character varying(500) NOT NULL,
        refunded_at timestamptz NOT NULL,
        refunded_by uuid
      )`);
    await queryRunner.query(`CREATE INDEX payment_refunds_payment ON payment_refunds (payment_id)`);
    await queryRunner.query(
      `CREATE TABLE known_patients (
         patient_id uuid PRIMARY KEY, tenant_id uuid NOT NULL, first_name character varying, last_name character varying
       )`,
    );
    await queryRunner.query(`
      CREATE TABLE known_appointments (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        status character varying NOT NULL CONSTRAINT known_appointments_status
          CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show', 'completed'))
      )`);
    for (const table of TABLES) await enableTenantIsolation(queryRunner, table);
    await queryRunner.query(`
      ALTER TABLE ledger_entries
        ADD COLUMN payment_id uuid,
        DROP CONSTRAINT ledger_entries_account,
        ADD CONSTRAINT ledger_entries_account CHECK (account IN (${ACCOUNTS})),
        DROP CONSTRAINT ledger_entries_kind,
        ADD CONSTRAINT ledger_entries_kind CHECK (kind IN (${KINDS}))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ledger_entries DROP COLUMN payment_id`);
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
