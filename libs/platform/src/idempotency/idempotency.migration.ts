import { enableTenantIsolation } from '@praxis/tenancy';
import { QueryRunner } from 'typeorm';

export const createIdempotencyTable = async (queryRunner: QueryRunner): Promise<void> => {
  await queryRunner.query(`
    CREATE TABLE idempotent_requests (
      tenant_id uuid NOT NULL,
      idempotency_key character varying(200) NOT NULL,
      request_fingerprint character varying(64) NOT NULL,
      response jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, idempotency_key)
    )`);
  await enableTenantIsolation(queryRunner, 'idempotent_requests');
};
