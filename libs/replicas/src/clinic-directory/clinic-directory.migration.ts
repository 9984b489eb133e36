import { enableTenantIsolation } from '@praxis/tenancy';
import { QueryRunner } from 'typeorm';

export const createClinicDirectoryTable = async (queryRunner: QueryRunner): Promise<void> => {
  await queryRunner.query(`
    CREATE TABLE known_clinics (
      tenant_id uuid PRIMARY KEY,
      legal_name character varying NOT NULL,
      time_zone character varying NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  await enableTenantIsolation(queryRunner, 'known_clinics');
};
