import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['remittance_files', 'remittances', 'remittance_claim_payments'];

/** 835 files as received, each transaction set's payment, and what the payer decided on each claim. */
export class Remittances1767200000000 implements MigrationInterface {
  name = 'Remittances1767200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE remittance_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        content text NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE remittances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        trace_number character varying NOT NULL,
        payer_identifier character varying NOT NULL,
        payer_key character varying NOT NULL,
        payer_name character varying NOT NULL,
        status character varying NOT NULL
          CONSTRAINT remittances_status CHECK (status IN ('posted', 'quarantined')),
        handling character varying NOT NULL,
        moves_money boolean NOT NULL,
        payment_amount_minor integer NOT NULL,
        currency character varying(3) NOT NULL,
        payment_method character varying NOT NULL,
        payment_date character varying NOT NULL,
        payee_npi character varying,
        payee_tax_id character varying,
        imbalances jsonb NOT NULL,
        provider_adjustments jsonb NOT NULL,
        source character varying NOT NULL CONSTRAINT remittances_source CHECK (source IN ('clearinghouse', 'upload')),
        file_id uuid NOT NULL,
        received_by uuid,
        received_at timestamptz NOT NULL,
        created_at timestamp(3) with time zone NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX remittances_once ON remittances (tenant_id, trace_number, payer_identifier, payer_key)`,
    );
    await queryRunner.query(`
      CREATE TABLE remittance_claim_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        remittance_id uuid NOT NULL,
        position integer NOT NULL,
        patient_control_number character varying NOT NULL,
        status_code character varying NOT NULL,
        payer_claim_control_number character varying NOT NULL,
        charge_minor integer NOT NULL,
        paid_minor integer NOT NULL,
        patient_responsibility_minor integer,
        member_id character varying,
        adjustments jsonb NOT NULL,
        remarks jsonb NOT NULL,
        lines jsonb NOT NULL,
        posting character varying NOT NULL CONSTRAINT remittance_claim_payments_posting
          CHECK (posting IN ('adjudicated', 'reversal', 'unmatched', 'held')),
        matched_claim_id uuid,
        adjudication_id uuid,
        reversed_by uuid,
        unmatched_reason text,
        created_at timestamp(3) with time zone NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX remittance_claim_payments_by_remittance
      ON remittance_claim_payments (remittance_id, position)`);
    await queryRunner.query(`CREATE INDEX remittance_claim_payments_by_claim
      ON remittance_claim_payments (tenant_id, matched_claim_id)`);
    await queryRunner.query(`CREATE INDEX remittance_claim_payments_by_posting
      ON remittance_claim_payments (tenant_id, posting)`);
    for (const table of TABLES) await enableTenantIsolation(queryRunner, table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
