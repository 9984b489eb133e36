import { EntityManager } from 'typeorm';

/**
 * A patient's claims are built from billing's charges and judged by the visit and coverage scheduling announces, on
 * other topics, in any order and at once. Whoever opens a claim, or scrubs again the open claims a new fact may
 * change, first takes this lock, so the later transaction sees what the earlier committed instead of neither seeing
 * the other (a claim waiting for a fact already stored). Taken before any open claim's row lock, never after, and
 * for several patients in one order, so that two transactions never wait for each other.
 */
export const lockClaimsOfPatients = async (manager: EntityManager, patientIds: readonly string[]): Promise<void> => {
  if (patientIds.length === 0) return;
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtextextended('claims:patient:' || patient_id, 0))
       FROM (SELECT patient_id FROM unnest($1::text[]) AS patient_id ORDER BY patient_id COLLATE "C") AS in_order`,
    [[...new Set(patientIds)]],
  );
};
