import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** A mailed statement's two addresses: the patient's, as scheduling announces it, and the clinic's return address. */
export class StatementAddresses1767090000000 implements MigrationInterface {
  name = 'StatementAddresses1767090000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE known_patients ADD COLUMN address jsonb`);
    await queryRunner.query(`
      CREATE TABLE statement_settings (
        tenant_id uuid PRIMARY KEY,
        pay_to_name character varying NOT NULL,
        return_address jsonb NOT NULL,
        billing_phone character varying NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenantIsolation(queryRunner, 'statement_settings');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE statement_settings`);
    await queryRunner.query(`ALTER TABLE known_patients DROP COLUMN address`);
  }
}
