import { SegmentData, toX12Amount } from '@praxis/x12';
import { ClaimDecision, ClaimStatus, ProviderDecision } from '../payer-edits';

export const CLAIM_ACKNOWLEDGEMENT = '005010X214';

export interface ClaimAcknowledgementHeader {
  /** The clearinghouse, as the information source (HL 20). */
  sourceName: string;
  /** The submitter, as the information receiver (HL 21), with the batch it sent. */
  receiverId: string;
  batchReference: string;
  /** CCYYMMDD: when the claims were received and when this was written. */
  receivedOn: string;
  processedOn: string;
}

const usd = (amountMinor: number) => toX12Amount({ amountMinor, currency: 'USD' });

const statusSegment = (status: ClaimStatus, on: string, amountMinor: number): SegmentData => [
  'STC',
  [status.category, status.code, status.entity],
  on,
  status.category === 'A2' ? 'WQ' : 'U',
  usd(amountMinor),
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  status.message,
];

const claimSegments = (decision: ClaimDecision, parent: number, id: number, on: string): SegmentData[] => {
  const { claim, status, payerClaimNumber } = decision;
  return [
    ['HL', String(id), String(parent), 'PT'],
    ['NM1', 'QC', '1', claim.patient.last, claim.patient.first, '', '', '', 'MI', claim.memberId],
    ['TRN', '2', claim.patientControlNumber],
    statusSegment(status, on, claim.chargeMinor),
    ...(payerClaimNumber ? [['REF', '1K', payerClaimNumber] as SegmentData] : []),
    ['DTP', '472', ...claim.serviceDate],
  ];
};

const totalOf = (decisions: readonly ProviderDecision[]): number =>
  decisions.flatMap(({ provider }) => provider.claims).reduce((sum, claim) => sum + claim.chargeMinor, 0);

const providerSegments = (decision: ProviderDecision, id: number, on: string): SegmentData[] => {
  const { provider, rejection, claims } = decision;
  const segments: SegmentData[] = [
    ['HL', String(id), '2', '19', claims.length > 0 ? '1' : '0'],
    ['NM1', '85', '2', provider.name, '', '', '', '', 'XX', provider.npi],
    ['TRN', '1', String(id)],
  ];
  if (rejection) segments.push(statusSegment(rejection, on, totalOf([decision])));
  claims.forEach((claim, index) => segments.push(...claimSegments(claim, id, id + index + 1, on)));
  return segments;
};

/** A 277CA (X214) for one accepted batch: source, receiver, then each billing provider and its claims. */
export const claimAcknowledgement = (
  header: ClaimAcknowledgementHeader,
  decisions: readonly ProviderDecision[],
): SegmentData[] => {
  const segments: SegmentData[] = [
    ['BHT', '0085', '08', header.batchReference, header.processedOn, '0000', 'TH'],
    ['HL', '1', '', '20', '1'],
    ['NM1', 'AY', '2', header.sourceName, '', '', '', '', '46', header.sourceName],
    ['TRN', '1', header.batchReference],
    ['DTP', '050', 'D8', header.receivedOn],
    ['DTP', '009', 'D8', header.processedOn],
    ['HL', '2', '1', '21', '1'],
    ['NM1', '41', '2', header.receiverId, '', '', '', '', '46', header.receiverId],
    ['TRN', '2', header.batchReference],
    ['STC', ['A1', '19', 'PR'], header.receivedOn, 'WQ', usd(totalOf(decisions))],
  ];
  let next = 3;
  for (const decision of decisions) {
    segments.push(...providerSegments(decision, next, header.processedOn));
    next += 1 + decision.claims.length;
  }
  return segments;
};
