import { enableTenantIsolation } from '@praxis/tenancy';
import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['fee_contracted_amounts', 'fee_prices', 'fee_schedules'];

/** The clinic's prices by date of service, and what payers' contracts allow. */
export class FeeSchedules1766000000000 implements MigrationInterface {
  name = 'FeeSchedules1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE fee_schedules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        effective_from date NOT NULL,
        currency character varying(3) NOT NULL CONSTRAINT fee_schedules_currency CHECK (currency ~ '^[A-Z]{3}$'),
        imported_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX fee_schedules_one_per_date ON fee_schedules (tenant_id, effective_from)`,
    );
    await queryRunner.query(`
      CREATE TABLE fee_prices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        fee_schedule_id uuid NOT NULL REFERENCES fee_schedules (id),
        procedure_code character varying(5) NOT NULL,
        modifiers text[] NOT NULL DEFAULT '{}',
        modifier_key character varying NOT NULL,
        amount_minor integer NOT NULL CONSTRAINT fee_prices_not_negative CHECK (amount_minor >= 0)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX fee_prices_one_per_code ON fee_prices (fee_schedule_id, procedure_code, modifier_key)`,
    );
    await queryRunner.query(`
      CREATE TABLE fee_contracted_amounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        fee_price_id uuid NOT NULL REFERENCES fee_prices (id),
        payer_id character varying(20) NOT NULL,
        allowed_minor integer NOT NULL CONSTRAINT fee_contracted_amounts_not_negative CHECK (allowed_minor >= 0)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX fee_contracted_amounts_one_per_payer ON fee_contracted_amounts (fee_price_id, payer_id)`,
    );
    for (const table of TABLES) await enableTenantIsolation(queryRunner, table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
