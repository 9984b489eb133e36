import { MigrationInterface, QueryRunner } from 'typeorm';

/** Credential events may arrive out of order (redelivery, replays): each row remembers the newest it applied. */
export class CredentialStanding1764400000000 implements MigrationInterface {
  name = 'CredentialStanding1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE credential_blocks ADD COLUMN blocking boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE credential_blocks ADD COLUMN as_of timestamptz NOT NULL DEFAULT '-infinity'`);
    await queryRunner.query(`ALTER TABLE credential_blocks ALTER COLUMN expired_on DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM credential_blocks WHERE expired_on IS NULL`);
    await queryRunner.query(`ALTER TABLE credential_blocks ALTER COLUMN expired_on SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE credential_blocks DROP COLUMN as_of`);
    await queryRunner.query(`ALTER TABLE credential_blocks DROP COLUMN blocking`);
  }
}
