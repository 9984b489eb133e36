import { EntityManager } from 'typeorm';
import { RemittancePosting } from './remittance-posting.entity';

/**
 * The posted decision, locked: a reversal and a clerk's resolution of one of its adjustments take this lock first,
 * so a clerk never resolves an adjustment of a decision being reversed.
 */
export const lockedRemittance = async (
  manager: EntityManager,
  adjudicationId: string,
): Promise<RemittancePosting | null> =>
  manager.findOne(RemittancePosting, { where: { adjudicationId }, lock: { mode: 'pessimistic_write' } });
