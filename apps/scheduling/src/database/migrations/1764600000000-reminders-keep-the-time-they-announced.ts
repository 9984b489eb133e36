import { MigrationInterface, QueryRunner } from 'typeorm';

/** A reminder keeps the visit time it announced, which a later move of the visit must not rewrite. */
export class RemindersKeepTheTimeTheyAnnounced1764600000000 implements MigrationInterface {
  name = 'RemindersKeepTheTimeTheyAnnounced1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Reminders recorded before stay without it: the visit may have moved since, so its time now proves nothing.
    await queryRunner.query(`ALTER TABLE sent_notifications ADD COLUMN appointment_starts_at timestamptz`);
    await queryRunner.query(`ALTER TABLE sent_notifications ADD COLUMN time_zone character varying`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE sent_notifications DROP COLUMN time_zone`);
    await queryRunner.query(`ALTER TABLE sent_notifications DROP COLUMN appointment_starts_at`);
  }
}
