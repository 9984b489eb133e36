import { EntityManager, In } from 'typeorm';
import { ClaimLifecycle } from '../claims/claim-lifecycle';
import { ClaimLine } from '../claims/claim-line.entity';
import { Claim } from '../claims/claim.entity';
import { LaterPayer, laterPayersOf } from '../coordination-of-benefits/later-payer';

const groupBy = <T>(keys: readonly string[], items: readonly T[], keyOf: (item: T) => string) => {
  const groups = new Map(keys.map((key) => [key, [] as T[]]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return groups;
};

/**
 * A file's claims, found by the patient control numbers its payments name and locked together up front, with their
 * lines and the payer billed after each: posting reads them here instead of once per claim payment. The claims are the objects the lifecycle moves,
 * so what an earlier payment of the file changed is what a later one sees.
 */
export class LockedClaims {
  private constructor(
    private readonly byControlNumber: ReadonlyMap<string, Claim[]>,
    private readonly byId: ReadonlyMap<string, Claim>,
    private readonly lines: ReadonlyMap<string, ClaimLine[]>,
    private readonly laterPayers: ReadonlyMap<string, LaterPayer | null>,
  ) {}

  static readonly none = new LockedClaims(new Map(), new Map(), new Map(), new Map());

  static async lock(manager: EntityManager, lifecycle: ClaimLifecycle, patientControlNumbers: readonly string[]) {
    const claims = await lifecycle.lockByControlNumbers(manager, patientControlNumbers);
    const ids = claims.map(({ id }) => id);
    const lines =
      ids.length === 0
        ? []
        : await manager.find(ClaimLine, { where: { claimId: In(ids) }, order: { createdAt: 'ASC' } });
    return new LockedClaims(
      groupBy(patientControlNumbers, claims, ({ patientControlNumber }) => patientControlNumber),
      new Map(claims.map((claim) => [claim.id, claim])),
      groupBy(ids, lines, ({ claimId }) => claimId),
      await laterPayersOf(manager, claims),
    );
  }

  /** Every claim with the number, when the file named it; undefined for a number it did not name. */
  withControlNumber(patientControlNumber: string): Claim[] | undefined {
    return this.byControlNumber.get(patientControlNumber);
  }

  claim(claimId: string): Claim | undefined {
    return this.byId.get(claimId);
  }

  linesOf(claimId: string): ClaimLine[] | undefined {
    return this.lines.get(claimId);
  }

  /** The coverage billed after the claim's payer (null when it is the last); undefined for a claim not locked here. */
  laterPayerOf(claimId: string): LaterPayer | null | undefined {
    return this.laterPayers.get(claimId);
  }
}
