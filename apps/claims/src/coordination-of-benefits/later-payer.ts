import { EntityManager } from 'typeorm';
import { InsuredCoverage } from '../insured/insured-coverage.entity';
import { Claim, Responsibility, responsibilities } from '../claims/claim.entity';

/** What billing the next payer needs of its coverage: whom to bill, and at which rank. */
export type LaterPayer = Pick<InsuredCoverage, 'payerId' | 'rank'>;

/** The rank billed after this one, as payers decide in rank order; null after the last. */
export const rankAfter = (rank: Responsibility): Responsibility | null =>
  responsibilities[responsibilities.indexOf(rank) + 1] ?? null;

/** For each claim, by its id, the coverage of the next rank in force on its date of service with another payer. */
const LATER_COVERAGES = `
  SELECT DISTINCT ON (wanted.claim_id) wanted.claim_id, coverage.payer_id, coverage.rank
  FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[])
    AS wanted(claim_id, patient_id, rank, payer_id, date_of_service)
  JOIN insured_coverages coverage
    ON coverage.patient_id = wanted.patient_id
   AND coverage.rank = wanted.rank
   AND coverage.payer_id <> wanted.payer_id
   AND coverage.effective_from <= wanted.date_of_service
   AND (coverage.effective_to IS NULL OR coverage.effective_to >= wanted.date_of_service)
  ORDER BY wanted.claim_id, coverage.effective_from DESC`;

/**
 * For each claim, by its id, the next coverage by rank after its responsibility (primary, then secondary, then
 * tertiary) in force on the date of service; null when its payer is the last, and the patient's share is then the
 * patient's to pay. One query for them all, as posting a remittance asks it of every claim the file pays.
 */
export const laterPayersOf = async (
  manager: EntityManager,
  claims: readonly Claim[],
): Promise<Map<string, LaterPayer | null>> => {
  const later = new Map<string, LaterPayer | null>(claims.map(({ id }) => [id, null]));
  const asked = claims.flatMap((claim) => {
    const rank = rankAfter(claim.responsibility);
    return rank ? [{ claim, rank }] : [];
  });
  if (asked.length === 0) return later;
  const found: { claim_id: string; payer_id: string; rank: LaterPayer['rank'] }[] = await manager.query(
    LATER_COVERAGES,
    [
      asked.map(({ claim }) => claim.id),
      asked.map(({ claim }) => claim.patientId),
      asked.map(({ rank }) => rank),
      asked.map(({ claim }) => claim.payerId),
      asked.map(({ claim }) => claim.dateOfService),
    ],
  );
  for (const { claim_id, payer_id, rank } of found) later.set(claim_id, { payerId: payer_id, rank });
  return later;
};

export const laterPayerOf = async (manager: EntityManager, claim: Claim): Promise<LaterPayer | null> =>
  (await laterPayersOf(manager, [claim])).get(claim.id) ?? null;
