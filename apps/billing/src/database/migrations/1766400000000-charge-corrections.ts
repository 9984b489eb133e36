import { MigrationInterface, QueryRunner } from 'typeorm';

/** A corrected charge stays, voided, beside the line that replaces it. */
export class ChargeCorrections1766400000000 implements MigrationInterface {
  name = 'ChargeCorrections1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE billing_charges
        ADD COLUMN voided_at timestamptz,
        ADD COLUMN voided_by uuid,
        ADD COLUMN corrects_charge_id uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE billing_charges DROP COLUMN corrects_charge_id, DROP COLUMN voided_by, DROP COLUMN voided_at`,
    );
  }
}
