import { MigrationInterface, QueryRunner } from 'typeorm';

/** A patient may hold a third coverage, billed after the secondary payer decided. */
export class TertiaryCoverage1764700000000 implements MigrationInterface {
  name = 'TertiaryCoverage1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE coverages DROP CONSTRAINT coverages_rank_check`);
    await queryRunner.query(
      `ALTER TABLE coverages ADD CONSTRAINT coverages_rank_check CHECK ("rank" IN ('primary', 'secondary', 'tertiary'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE coverages DROP CONSTRAINT coverages_rank_check`);
    await queryRunner.query(
      `ALTER TABLE coverages ADD CONSTRAINT coverages_rank_check CHECK ("rank" IN ('primary', 'secondary'))`,
    );
  }
}
