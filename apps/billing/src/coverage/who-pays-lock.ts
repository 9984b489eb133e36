import { EntityManager } from 'typeorm';

/**
 * Who pays for a visit is decided from the patient's coverage when the visit is captured, and again for unreleased
 * visits when the coverage changes; the two events arrive on different topics, in any order and at once. Both take
 * this lock before reading, so the later sees what the earlier committed instead of neither seeing the other.
 */
export const lockWhoPaysOfPatient = async (manager: EntityManager, patientId: string): Promise<void> => {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('billing:who-pays:' || $1, 0))`, [patientId]);
};
