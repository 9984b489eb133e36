import { EntityManager } from 'typeorm';

/**
 * A patient's claims are built from billing's charges and judged by the visit and coverage scheduling announces, on
 * other topics, in any order and at once. A charge's claim, and the open claims a new fact may change, are scrubbed
 * under this lock, so the later transaction sees what the earlier committed instead of neither seeing the other (a
 * claim waiting for a fact already stored). It comes before the claim numbering row and any claim's row lock, and
 * no path holding either takes it: a copy opened while posting or correcting holds both, and goes without.
 */
export const lockClaimsOfPatient = async (manager: EntityManager, patientId: string): Promise<void> => {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('claims:patient:' || $1, 0))`, [patientId]);
};
