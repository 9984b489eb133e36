import { Delimiters } from '../core/delimiters';
import { TransactionSet } from '../core/envelope';
import { componentsOf, elementOf, Segment } from '../core/segment';
import { AcknowledgementProblem, problemAt } from './acknowledgement-problem';

/**
 * STC01 (or STC10, STC11): the category decides (A2 accepted into adjudication; A3, A6, A7, A8 rejected; A4 not
 * found; A0, A1, A5 received, forwarded or split), the code and entity say about what. STC12 is the payer's words.
 */
export interface ClaimStatusCode {
  category: string;
  code: string;
  entity: string;
  message?: string;
}

/** HL PT: one claim, named by the CLM01 it was sent with (TRN02), with the payer's claim number once accepted. */
export interface ClaimStatusReport {
  patientControlNumber: string;
  payerClaimNumber?: string;
  statuses: ClaimStatusCode[];
}

/** HL 19: a billing provider; statuses here (an A3 rejection) concern all of its claims in the batch. */
export interface ProviderStatusReport {
  /** NM109: the NPI (XX), or the tax id (FI) some payers send instead. */
  providerId: string;
  statuses: ClaimStatusCode[];
  claims: ClaimStatusReport[];
}

export interface ClaimAcknowledgementReport {
  /** TRN02 at the receiver level (HL 21): the batch it answers, the 837's BHT03. */
  batchReference?: string;
  providers: ProviderStatusReport[];
  problems: AcknowledgementProblem[];
}

const statusesOf = (stc: Segment, delimiters: Delimiters): ClaimStatusCode[] => {
  const message = elementOf(stc, 12);
  return [1, 10, 11]
    .map((index) => componentsOf(stc, index, delimiters))
    .filter(([category]) => category)
    .map(([category, code = '', entity = '']) => ({ category, code, entity, ...(message ? { message } : {}) }));
};

interface Level {
  hl: Segment;
  segments: Segment[];
}

const levelsOf = (segments: readonly Segment[]): Level[] => {
  const levels: Level[] = [];
  for (const segment of segments)
    if (segment.id === 'HL') levels.push({ hl: segment, segments: [] });
    else levels[levels.length - 1]?.segments.push(segment);
  return levels;
};

const find = (level: Level, id: string, qualifier: string) =>
  level.segments.find((segment) => segment.id === id && elementOf(segment, 1) === qualifier);

const levelStatuses = (level: Level, delimiters: Delimiters) =>
  level.segments.filter((segment) => segment.id === 'STC').flatMap((stc) => statusesOf(stc, delimiters));

const claimReport = (level: Level, delimiters: Delimiters, problems: AcknowledgementProblem[]) => {
  const trace = find(level, 'TRN', '2');
  const statuses = levelStatuses(level, delimiters);
  if (!trace) problems.push(problemAt(level.hl, 'a claim (HL PT) without TRN*2 naming its patient control number'));
  if (statuses.length === 0) problems.push(problemAt(level.hl, 'a claim (HL PT) without a status (STC)'));
  const payerNumber = find(level, 'REF', '1K');
  return {
    patientControlNumber: trace ? elementOf(trace, 2) : '',
    ...(payerNumber ? { payerClaimNumber: elementOf(payerNumber, 2) } : {}),
    statuses,
  };
};

/** Reads a 277CA (005010X214): the batch it answers, each billing provider's and each claim's status. */
export const readClaimAcknowledgement = (set: TransactionSet, delimiters: Delimiters): ClaimAcknowledgementReport => {
  const problems: AcknowledgementProblem[] = [];
  const providers: ProviderStatusReport[] = [];
  let batchReference: string | undefined;
  for (const level of levelsOf(set.segments)) {
    const levelCode = elementOf(level.hl, 3);
    const batch = levelCode === '21' ? find(level, 'TRN', '2') : undefined;
    if (batch) batchReference = elementOf(batch, 2);
    if (levelCode === '19') {
      const provider = find(level, 'NM1', '85');
      providers.push({
        providerId: provider ? elementOf(provider, 9) : '',
        statuses: levelStatuses(level, delimiters),
        claims: [],
      });
    }
    if (levelCode === 'PT') {
      const provider = providers[providers.length - 1];
      if (!provider) problems.push(problemAt(level.hl, 'a claim (HL PT) before any billing provider (HL 19)'));
      else provider.claims.push(claimReport(level, delimiters, problems));
    }
  }
  if (providers.length === 0) problems.push(problemAt(set.header, 'the 277CA reports on no billing provider (HL 19)'));
  return { batchReference, providers, problems };
};
