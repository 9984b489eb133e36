import { MigrationInterface, QueryRunner } from 'typeorm';

/** A claim may bill the tertiary payer, once the secondary decided. */
export class TertiaryClaims1767650000000 implements MigrationInterface {
  name = 'TertiaryClaims1767650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE claims DROP CONSTRAINT claims_responsibility`);
    await queryRunner.query(
      `ALTER TABLE claims ADD CONSTRAINT claims_responsibility CHECK (responsibility IN ('primary', 'secondary', 'tertiary'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE claims DROP CONSTRAINT claims_responsibility`);
    await queryRunner.query(
      `ALTER TABLE claims ADD CONSTRAINT claims_responsibility CHECK (responsibility IN ('primary', 'secondary'))`,
    );
  }
}
