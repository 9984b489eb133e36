import { createIdempotencyTable } from '@praxis/platform';
import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['billing_charges', 'billing_visits', 'patient_coverages'];

/** Completed visits with their charges, the coverage replica that decides who is billed, and replayed answers. */
export class Charges1766100000000 implements MigrationInterface {
  name = 'Charges1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE patient_coverages (
        coverage_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        payer_id character varying NOT NULL,
        rank character varying NOT NULL,
        effective_from date NOT NULL,
        effective_to date
      )`);
    await queryRunner.query(`
      CREATE TABLE billing_visits (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        location_id uuid NOT NULL,
        date_of_service date NOT NULL,
        time_zone character varying NOT NULL,
        status character varying NOT NULL
          CONSTRAINT billing_visits_status CHECK (status IN ('needs_review', 'ready', 'on_hold', 'released')),
        bill_to character varying NOT NULL
          CONSTRAINT billing_visits_bill_to CHECK (bill_to IN ('insurance', 'patient')),
        payer_id character varying,
        currency character varying(3),
        released_at timestamptz,
        released_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT billing_visits_payer CHECK ((bill_to = 'insurance') = (payer_id IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE billing_charges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        visit_id uuid NOT NULL CONSTRAINT billing_charges_visit_id_fkey REFERENCES billing_visits (id),
        line_number smallint NOT NULL,
        procedure_code character varying(5) NOT NULL,
        modifiers text[] NOT NULL DEFAULT '{}',
        units integer NOT NULL,
        diagnoses text[] NOT NULL,
        unit_price_minor integer,
        amount_minor integer CONSTRAINT billing_charges_not_negative CHECK (amount_minor >= 0),
        CONSTRAINT billing_charges_priced_whole CHECK ((unit_price_minor IS NULL) = (amount_minor IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX billing_charges_visit ON billing_charges (visit_id)`);
    for (const table of TABLES) await enableTenantIsolation(queryRunner, table);
    await createIdempotencyTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['idempotent_requests', ...TABLES]) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
