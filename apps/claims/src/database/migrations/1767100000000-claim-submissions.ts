import { createIdempotencyTable } from '@praxis/platform';
import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['interchange_control_numbers', 'claim_submissions', 'submitted_claims', 'received_acknowledgements'];

/** 837P files as sent, the claims each carried, the control numbers of each clinic and receiver, and the replies. */
export class ClaimSubmissions1767100000000 implements MigrationInterface {
  name = 'ClaimSubmissions1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE interchange_control_numbers (
        tenant_id uuid NOT NULL,
        receiver_id character varying NOT NULL,
        last_value integer NOT NULL,
        PRIMARY KEY (tenant_id, receiver_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE claim_submissions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        status character varying NOT NULL
          CONSTRAINT claim_submissions_status CHECK (status IN ('queued', 'built', 'sent', 'empty', 'refused')),
        receiver_id character varying,
        submitter_id character varying,
        interchange_control_number integer,
        x12 bytea,
        refusal text,
        requested_by uuid,
        created_at timestamp(3) with time zone NOT NULL DEFAULT now(),
        built_at timestamptz,
        sent_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX claim_submissions_one_per_control_number
      ON claim_submissions (tenant_id, receiver_id, interchange_control_number)`);
    await queryRunner.query(`
      CREATE TABLE submitted_claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        submission_id uuid NOT NULL CONSTRAINT submitted_claims_submission_fkey REFERENCES claim_submissions (id),
        claim_id uuid NOT NULL CONSTRAINT submitted_claims_claim_fkey REFERENCES claims (id),
        patient_control_number character varying NOT NULL,
        billing_provider_npi character varying(10) NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX submitted_claims_once_per_file ON submitted_claims (submission_id, claim_id)`,
    );
    await queryRunner.query(`CREATE INDEX submitted_claims_by_claim ON submitted_claims (tenant_id, claim_id)`);
    await queryRunner.query(`
      CREATE TABLE received_acknowledgements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        kind character varying NOT NULL CONSTRAINT received_acknowledgements_kind CHECK (kind IN ('999', '277CA')),
        source character varying NOT NULL
          CONSTRAINT received_acknowledgements_source CHECK (source IN ('clearinghouse', 'upload')),
        sha256 character varying(64) NOT NULL,
        content text NOT NULL,
        outcomes jsonb NOT NULL,
        received_by uuid,
        received_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX received_acknowledgements_once ON received_acknowledgements (tenant_id, sha256)`,
    );
    for (const table of TABLES) await enableTenantIsolation(queryRunner, table);
    // Requests to submit ready claims honour Idempotency-Key.
    await createIdempotencyTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotent_requests`);
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
