import { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIVE = `status IN ('booked', 'checked_in', 'completed')`;

/** Like a provider, a patient cannot be in two visits at once, unless the booking said the overlap is meant. */
export class PatientVisitsDoNotOverlap1764500000000 implements MigrationInterface {
  name = 'PatientVisitsDoNotOverlap1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE appointments ADD COLUMN allow_patient_overlap boolean NOT NULL DEFAULT false`);
    // Overlaps booked before the rule stand as they were booked; row-level security would hide every clinic's rows
    // from this migration, so it is lifted for the one statement, inside the migration's transaction.
    await queryRunner.query(`ALTER TABLE appointments NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      UPDATE appointments visit SET allow_patient_overlap = true
       WHERE visit.${ACTIVE} AND EXISTS (
         SELECT 1 FROM appointments other
          WHERE other.tenant_id = visit.tenant_id AND other.patient_id = visit.patient_id AND other.id <> visit.id
            AND other.${ACTIVE}
            AND tstzrange(other.starts_at, other.ends_at, '[)') && tstzrange(visit.starts_at, visit.ends_at, '[)'))`);
    await queryRunner.query(`ALTER TABLE appointments FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      ALTER TABLE appointments ADD CONSTRAINT appointments_no_patient_overlap
      EXCLUDE USING gist (tenant_id WITH =, patient_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
      WHERE (${ACTIVE} AND NOT allow_patient_overlap)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE appointments DROP CONSTRAINT appointments_no_patient_overlap`);
    await queryRunner.query(`ALTER TABLE appointments DROP COLUMN allow_patient_overlap`);
  }
}
