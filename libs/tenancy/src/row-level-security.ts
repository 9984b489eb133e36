import { QueryRunner } from 'typeorm';

const currentTenant = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/** Used by migrations: only rows of the transaction's tenant are visible or writable, even to the table owner. */
export const enableTenantIsolation = async (
  queryRunner: QueryRunner,
  table: string,
  column = 'tenant_id',
): Promise<void> => {
  await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(
    `CREATE POLICY tenant_isolation ON "${table}" USING ("${column}" = ${currentTenant}) WITH CHECK ("${column}" = ${currentTenant})`,
  );
};
