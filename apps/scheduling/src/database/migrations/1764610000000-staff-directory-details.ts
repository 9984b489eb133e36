import { MigrationInterface, QueryRunner } from 'typeorm';

/** The staff replica is the one libs/replicas keeps for every service: it also holds location and hire date. */
export class StaffDirectoryDetails1764610000000 implements MigrationInterface {
  name = 'StaffDirectoryDetails1764610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE staff_members ADD COLUMN location_id uuid, ADD COLUMN hired_on date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE staff_members DROP COLUMN hired_on, DROP COLUMN location_id`);
  }
}
