import { QueryRunner } from 'typeorm';
import { APP_ROLE } from './database-provisioning';

/**
 * For audit trails, which are evidence: the role services run as may add and read rows, never change or remove
 * them. Default privileges give it UPDATE and DELETE on every new table, so a migration takes them back here.
 */
export const makeAppendOnly = async (queryRunner: QueryRunner, table: string): Promise<void> => {
  await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM ${APP_ROLE}`);
};
