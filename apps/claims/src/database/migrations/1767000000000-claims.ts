import { makeAppendOnly } from '@praxis/database';
import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = [
  'payers',
  'billing_profiles',
  'insured_patients',
  'insured_coverages',
  'completed_visits',
  'claim_numbers',
  'claims',
  'claim_lines',
  'claim_history',
];

const CLAIM_STATUSES = `'draft', 'needs_fix', 'ready', 'submitted', 'acknowledged', 'accepted', 'rejected', 'paid',
  'partially_paid', 'denied', 'corrected', 'voided', 'closed'`;
const FILING_INDICATORS = `'11', '12', '13', '14', '15', '16', '17', 'AM', 'BL', 'CH', 'CI', 'DS', 'FI', 'HM', 'LM',
  'MA', 'MB', 'MC', 'OF', 'TV', 'VA', 'WC', 'ZZ'`;

/** Payers, the billing profile, the replicas claims bill from, and claims with their lines and history. */
export class Claims1767000000000 implements MigrationInterface {
  name = 'Claims1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.createSetUp(queryRunner);
    await this.createReplicas(queryRunner);
    await this.createClaims(queryRunner);
    for (const table of TABLES) await enableTenantIsolation(queryRunner, table);
    await makeAppendOnly(queryRunner, 'claim_history');
  }

  private async createSetUp(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE payers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        name character varying NOT NULL,
        electronic_payer_id character varying NOT NULL,
        claim_filing_indicator character varying NOT NULL
          CONSTRAINT payers_claim_filing_indicator CHECK (claim_filing_indicator IN (${FILING_INDICATORS})),
        timely_filing_days integer NOT NULL CONSTRAINT payers_timely_filing_positive CHECK (timely_filing_days > 0),
        address jsonb NOT NULL,
        created_at timestamp(3) with time zone NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX payers_one_per_electronic_id ON payers (tenant_id, electronic_payer_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE billing_profiles (
        tenant_id uuid PRIMARY KEY,
        organization_name character varying NOT NULL,
        npi character varying(10) NOT NULL,
        tin character varying(9),
        taxonomy_code character varying(10),
        address jsonb,
        place_of_service character varying(2) NOT NULL DEFAULT '11',
        location_places_of_service jsonb NOT NULL DEFAULT '[]',
        submitter_id character varying,
        receiver_id character varying,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  private async createReplicas(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE insured_patients (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        first_name character varying NOT NULL,
        last_name character varying NOT NULL,
        date_of_birth date NOT NULL,
        sex character varying NOT NULL,
        address jsonb NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE insured_coverages (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        payer_id character varying NOT NULL,
        payer_name character varying NOT NULL,
        member_id character varying NOT NULL,
        group_number character varying,
        rank character varying NOT NULL,
        effective_from date NOT NULL,
        effective_to date,
        subscriber jsonb NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX insured_coverages_by_patient ON insured_coverages (tenant_id, patient_id)`);
    await queryRunner.query(`
      CREATE TABLE completed_visits (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        rendering_provider_npi character varying(10) NOT NULL,
        time_zone character varying NOT NULL
      )`);
  }

  private async createClaims(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE claim_numbers (tenant_id uuid PRIMARY KEY, last_number integer NOT NULL)`);
    await queryRunner.query(`
      CREATE TABLE claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        patient_control_number character varying(20) NOT NULL,
        status character varying NOT NULL CONSTRAINT claims_status CHECK (status IN (${CLAIM_STATUSES})),
        visit_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        location_id uuid NOT NULL,
        payer_id character varying NOT NULL,
        responsibility character varying NOT NULL
          CONSTRAINT claims_responsibility CHECK (responsibility IN ('primary', 'secondary')),
        date_of_service date NOT NULL,
        currency character varying(3) NOT NULL,
        diagnoses text[] NOT NULL DEFAULT '{}',
        scrub_errors jsonb NOT NULL DEFAULT '[]',
        payer_claim_control_number character varying,
        created_at timestamp(3) with time zone NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX claims_patient_control_number_unique ON claims (tenant_id, patient_control_number)`,
    );
    await queryRunner.query(`CREATE INDEX claims_by_status ON claims (tenant_id, status)`);
    await queryRunner.query(`CREATE INDEX claims_by_visit ON claims (tenant_id, visit_id)`);
    await queryRunner.query(`
      CREATE TABLE claim_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        claim_id uuid NOT NULL CONSTRAINT claim_lines_claim_fkey REFERENCES claims (id),
        charge_id uuid NOT NULL,
        procedure_code character varying(5) NOT NULL,
        modifiers text[] NOT NULL DEFAULT '{}',
        units integer NOT NULL,
        amount_minor integer NOT NULL CONSTRAINT claim_lines_amount_not_negative CHECK (amount_minor >= 0),
        diagnosis_pointers smallint[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX claim_lines_one_per_charge ON claim_lines (charge_id)`);
    await queryRunner.query(`CREATE INDEX claim_lines_by_claim ON claim_lines (claim_id)`);
    await queryRunner.query(`
      CREATE TABLE claim_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        claim_id uuid NOT NULL CONSTRAINT claim_history_claim_fkey REFERENCES claims (id),
        action character varying NOT NULL,
        from_status character varying,
        to_status character varying NOT NULL,
        actor_user_id uuid,
        details jsonb,
        occurred_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX claim_history_by_claim ON claim_history (claim_id, occurred_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
