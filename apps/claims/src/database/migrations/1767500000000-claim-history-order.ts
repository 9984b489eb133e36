import { MigrationInterface, QueryRunner } from 'typeorm';

/** Entries written in one transaction share their time; the order they were written in tells them apart. */
export class ClaimHistoryOrder1767500000000 implements MigrationInterface {
  name = 'ClaimHistoryOrder1767500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE claim_history ADD written_order SERIAL NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE claim_history DROP COLUMN written_order`);
  }
}
