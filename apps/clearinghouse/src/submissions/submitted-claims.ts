import { elementOf, fromX12Amount, Segment, TransactionSet } from '@praxis/x12';
import { beforeFirstClaim, claimsOf, findSegment, hierarchyLevels, HierarchyLevel } from './inspection/loops';

export interface PersonName {
  last: string;
  first: string;
}

/** One 2300 claim as the payer's edits and the 277CA need it. */
export interface SubmittedClaim {
  patientControlNumber: string;
  chargeMinor: number;
  lineChargesMinor: number;
  memberId: string;
  patient: PersonName;
  renderingNpi?: string;
  /** DTP*472 of the first line as sent: its format (D8, RD8) and value. */
  serviceDate: readonly [string, string];
}

export interface BillingProviderClaims {
  name: string;
  npi: string;
  claims: SubmittedClaim[];
}

const amountOf = (value: string): number => fromX12Amount(value)?.amountMinor ?? 0;

const nameOf = (segment: Segment | undefined): PersonName => ({
  last: segment ? elementOf(segment, 3) : '',
  first: segment ? elementOf(segment, 4) : '',
});

const claimOf = (loop: readonly Segment[], subscriber: Segment | undefined, patient: Segment | undefined) => {
  const [clm] = loop;
  const rendering = findSegment(loop, 'NM1', '82');
  const date = findSegment(loop, 'DTP', '472');
  return {
    patientControlNumber: elementOf(clm, 1),
    chargeMinor: amountOf(elementOf(clm, 2)),
    lineChargesMinor: loop
      .filter((segment) => segment.id === 'SV1')
      .reduce((sum, line) => sum + amountOf(elementOf(line, 2)), 0),
    memberId: subscriber ? elementOf(subscriber, 9) : '',
    patient: nameOf(patient ?? subscriber),
    renderingNpi: rendering && elementOf(rendering, 9),
    serviceDate: [date ? elementOf(date, 2) : 'D8', date ? elementOf(date, 3) : ''] as const,
  };
};

/**
 * The claims of a transaction set the 999 accepted, under the billing provider each hangs from: a subscriber (22)
 * hangs from its provider (20), a patient who is not the subscriber (23) from its subscriber.
 */
export const claimsByBillingProvider = (transactionSet: TransactionSet): BillingProviderClaims[] => {
  const levels = hierarchyLevels(transactionSet.segments);
  const byId = new Map(levels.map((level) => [level.id, level]));
  const providers = new Map<string, BillingProviderClaims>();
  const providerOf = (level: HierarchyLevel | undefined): BillingProviderClaims | undefined =>
    level?.levelCode === '20' ? providers.get(level.id) : providerOf(byId.get(level?.parentId ?? ''));
  for (const level of levels) {
    const own = beforeFirstClaim(level);
    if (level.levelCode === '20') {
      const name = findSegment(own, 'NM1', '85');
      providers.set(level.id, {
        name: name ? elementOf(name, 3) : '',
        npi: name ? elementOf(name, 9) : '',
        claims: [],
      });
      continue;
    }
    const subscriberLevel = level.levelCode === '23' ? byId.get(level.parentId) : level;
    const subscriber = subscriberLevel && findSegment(beforeFirstClaim(subscriberLevel), 'NM1', 'IL');
    const patient = level.levelCode === '23' ? findSegment(own, 'NM1', 'QC') : undefined;
    for (const loop of claimsOf(level)) providerOf(level)?.claims.push(claimOf(loop, subscriber, patient));
  }
  return [...providers.values()];
};
