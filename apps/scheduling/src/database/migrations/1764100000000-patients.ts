import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Patients1764100000000 implements MigrationInterface {
  name = 'Patients1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE patients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        first_name character varying NOT NULL,
        middle_name character varying,
        last_name character varying NOT NULL,
        first_name_key character varying COLLATE "C" NOT NULL,
        last_name_key character varying COLLATE "C" NOT NULL,
        date_of_birth date NOT NULL,
        sex character varying NOT NULL,
        address jsonb NOT NULL,
        phone character varying NOT NULL,
        email character varying,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT patients_tenant_and_id UNIQUE (tenant_id, id),
        CONSTRAINT patients_sex_check CHECK (sex IN ('female', 'male', 'other', 'unknown'))
      )`);
    await queryRunner.query(`CREATE INDEX patients_by_name ON patients (tenant_id, last_name_key, first_name_key)`);
    await queryRunner.query(`CREATE INDEX patients_by_date_of_birth ON patients (tenant_id, date_of_birth)`);
    await queryRunner.query(`CREATE INDEX patients_by_phone ON patients (tenant_id, phone)`);
    await queryRunner.query(`CREATE INDEX patients_by_registration ON patients (tenant_id, created_at, id)`);
    await enableTenantIsolation(queryRunner, 'patients');

    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
      CREATE TABLE coverages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        payer_id character varying NOT NULL,
        payer_name character varying NOT NULL,
        member_id character varying NOT NULL,
        group_number character varying,
        subscriber jsonb NOT NULL,
        rank character varying NOT NULL,
        effective_from date NOT NULL,
        effective_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT coverages_patient_fk FOREIGN KEY (tenant_id, patient_id) REFERENCES patients (tenant_id, id),
        CONSTRAINT coverages_rank_check CHECK (rank IN ('primary', 'secondary')),
        CONSTRAINT coverages_period_check CHECK (effective_to IS NULL OR effective_to >= effective_from),
        CONSTRAINT coverages_one_per_rank_at_a_time
          EXCLUDE USING gist (tenant_id WITH =, patient_id WITH =, rank WITH =, daterange(effective_from, effective_to, '[]') WITH &&)
      )`);
    await queryRunner.query(`CREATE INDEX coverages_by_patient ON coverages (tenant_id, patient_id)`);
    await enableTenantIsolation(queryRunner, 'coverages');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE coverages`);
    await queryRunner.query(`DROP TABLE patients`);
  }
}
