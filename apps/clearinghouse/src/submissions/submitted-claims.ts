import { elementOf, fromX12Amount, Segment, TransactionSet } from '@praxis/x12';
import {
  beforeFirstClaim,
  chunksOf,
  claimsOf,
  findSegment,
  hierarchyLevels,
  HierarchyLevel,
  isSegment,
} from './inspection/loops';

export interface PersonName {
  last: string;
  first: string;
}

/** A 2400 line as the 835 pays it: SV101's code and modifiers, the charge, units and its date. */
export interface SubmittedLine {
  procedureCode: string;
  modifiers: string[];
  chargeMinor: number;
  units: number;
  /** DTP*472 as sent: its format (D8, RD8) and value. */
  serviceDate: readonly [string, string];
}

/** One 2300 claim as the payer's edits, the 277CA and the 835 need it. */
export interface SubmittedClaim {
  patientControlNumber: string;
  chargeMinor: number;
  lineChargesMinor: number;
  lines: SubmittedLine[];
  memberId: string;
  patient: PersonName;
  /** 2010BB: the payer the claim is sent to. */
  payer: { name: string; id: string };
  /** SBR01 (P, S, T) and SBR09, the claim filing indicator the 835 echoes in CLP06. */
  payerResponsibility: string;
  claimFilingIndicator: string;
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

const dateOf = (date: Segment | undefined) =>
  [date ? elementOf(date, 2) : 'D8', date ? elementOf(date, 3) : ''] as const;

const lineOf = (line: readonly Segment[], component: string): SubmittedLine => {
  const service = findSegment(line, 'SV1');
  const [, procedureCode = '', ...modifiers] = service ? elementOf(service, 1).split(component) : [];
  return {
    procedureCode,
    modifiers,
    chargeMinor: service ? amountOf(elementOf(service, 2)) : 0,
    units: service ? Number(elementOf(service, 4)) || 1 : 1,
    serviceDate: dateOf(findSegment(line, 'DTP', '472')),
  };
};

/** What the claim's subscriber level says: who is insured, with which payer, in which order of payment. */
interface Insured {
  sbr?: Segment;
  subscriber?: Segment;
  payer?: Segment;
}

const claimOf = (loop: readonly Segment[], insured: Insured, patient: Segment | undefined, component: string) => {
  const [clm] = loop;
  const rendering = findSegment(loop, 'NM1', '82');
  const lines = chunksOf(loop, isSegment('LX')).map((line) => lineOf(line, component));
  return {
    patientControlNumber: elementOf(clm, 1),
    chargeMinor: amountOf(elementOf(clm, 2)),
    lineChargesMinor: lines.reduce((sum, line) => sum + line.chargeMinor, 0),
    lines,
    memberId: insured.subscriber ? elementOf(insured.subscriber, 9) : '',
    patient: nameOf(patient ?? insured.subscriber),
    payer: {
      name: insured.payer ? elementOf(insured.payer, 3) : '',
      id: insured.payer ? elementOf(insured.payer, 9) : '',
    },
    payerResponsibility: insured.sbr ? elementOf(insured.sbr, 1) : 'P',
    claimFilingIndicator: insured.sbr ? elementOf(insured.sbr, 9) : '',
    renderingNpi: rendering && elementOf(rendering, 9),
    serviceDate: dateOf(findSegment(loop, 'DTP', '472')),
  };
};

/**
 * The claims of a transaction set the 999 accepted, under the billing provider each hangs from: a subscriber (22)
 * hangs from its provider (20), a patient who is not the subscriber (23) from its subscriber.
 */
export const claimsByBillingProvider = (transactionSet: TransactionSet, component: string): BillingProviderClaims[] => {
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
    const subscriberLoop = subscriberLevel ? beforeFirstClaim(subscriberLevel) : [];
    const insured = {
      sbr: findSegment(subscriberLoop, 'SBR'),
      subscriber: findSegment(subscriberLoop, 'NM1', 'IL'),
      payer: findSegment(subscriberLoop, 'NM1', 'PR'),
    };
    const patient = level.levelCode === '23' ? findSegment(own, 'NM1', 'QC') : undefined;
    for (const loop of claimsOf(level)) providerOf(level)?.claims.push(claimOf(loop, insured, patient, component));
  }
  return [...providers.values()];
};
