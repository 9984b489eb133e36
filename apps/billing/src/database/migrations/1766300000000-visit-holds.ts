import { MigrationInterface, QueryRunner } from 'typeorm';

/** A held visit keeps the clerk's reason. */
export class VisitHolds1766300000000 implements MigrationInterface {
  name = 'VisitHolds1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE billing_visits ADD COLUMN hold_reason character varying`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE billing_visits DROP COLUMN hold_reason`);
  }
}
