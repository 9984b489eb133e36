import { createMessagingTables } from '@praxis/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { createClinicDirectoryTable } from './clinic-directory/clinic-directory.migration';

/** The first migration of every domain service: its outbox, inbox and clinic directory. */
export class DomainServiceFoundation1764000000000 implements MigrationInterface {
  name = 'DomainServiceFoundation1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTables(queryRunner);
    await createClinicDirectoryTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['known_clinics', 'inbox_events', 'outbox_events'])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
