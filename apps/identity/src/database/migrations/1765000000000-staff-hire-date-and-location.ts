import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A staff member's hire date and primary location, for training to count new-hire deadlines and to reach staff of
 * one location. Both stay empty for accounts made before they were recorded; the location must be the clinic's own.
 */
export class StaffHireDateAndLocation1765000000000 implements MigrationInterface {
  name = 'StaffHireDateAndLocation1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE locations ADD CONSTRAINT locations_tenant_and_id UNIQUE (tenant_id, id)`);
    await queryRunner.query(`
      ALTER TABLE staff_members
        ADD COLUMN location_id uuid,
        ADD COLUMN hired_on date,
        ADD CONSTRAINT staff_members_location_fk FOREIGN KEY (tenant_id, location_id) REFERENCES locations (tenant_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE staff_members DROP CONSTRAINT staff_members_location_fk, DROP COLUMN hired_on, DROP COLUMN location_id`,
    );
    await queryRunner.query(`ALTER TABLE locations DROP CONSTRAINT locations_tenant_and_id`);
  }
}
