import { enableTenantIsolation } from '@praxis/tenancy';
import { QueryRunner } from 'typeorm';

export const createStaffDirectoryTable = async (queryRunner: QueryRunner): Promise<void> => {
  await queryRunner.query(`
    CREATE TABLE staff_members (
      user_id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      display_name character varying NOT NULL,
      roles text[] NOT NULL,
      active boolean NOT NULL DEFAULT true,
      location_id uuid,
      hired_on date,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  await enableTenantIsolation(queryRunner, 'staff_members');
};
