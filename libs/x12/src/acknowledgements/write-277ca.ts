import { Money } from '@praxis/domain';
import { FileEnvelope, writeSingleGroup } from '../core/write-single-group';
import { SegmentData } from '../core/write-segments';
import { toX12Amount, toX12Date } from '../core/x12-values';
import { ClaimStatusCode, ClaimStatusReport, ProviderStatusReport } from './read-277ca';

export const CLAIM_ACKNOWLEDGEMENT_VERSION = '005010X214';

/** A claim's status as readClaimAcknowledgement reads it, plus what the 277CA shows of the claim. */
export interface ClaimStatusNotice extends ClaimStatusReport {
  patient: { last: string; first: string; memberId: string };
  charge: Money;
  serviceDate: string;
}

/** A billing provider as readClaimAcknowledgement reads it (providerId is the NPI); an A3 in its statuses rejects
 * every claim of the provider in the batch, with no claim detail. */
export interface ProviderStatusNotice extends Omit<ProviderStatusReport, 'claims'> {
  name: string;
  claims: ClaimStatusNotice[];
}

export interface ClaimAcknowledgementNotice {
  /** The clearinghouse or payer answering (HL 20) and the submitter it answers (HL 21). */
  source: { name: string; id: string };
  receiver: { name: string; id: string };
  /** The 837's BHT03, echoed at the receiver level. */
  batchReference: string;
  receivedOn: string;
  processedOn: string;
  providers: ProviderStatusNotice[];
}

// STC03 tells the sender to act (WQ accepted, U rejected); readers decide by the category, never by it.
const actionFor = (status: ClaimStatusCode) => (status.category === 'A2' ? 'WQ' : 'U');

const statusSegments = (statuses: ClaimStatusCode[], on: string, amount?: Money): SegmentData[] =>
  statuses.map((status) => [
    'STC',
    [status.category, status.code, status.entity],
    toX12Date(on),
    actionFor(status),
    amount ? toX12Amount(amount) : '',
    ...Array<string>(7).fill(''),
    status.message ?? '',
  ]);

const claimSegments = (claim: ClaimStatusNotice, id: number, parent: number, on: string): SegmentData[] => [
  ['HL', String(id), String(parent), 'PT'],
  ['NM1', 'QC', '1', claim.patient.last, claim.patient.first, '', '', '', 'MI', claim.patient.memberId],
  ['TRN', '2', claim.patientControlNumber],
  ...statusSegments(claim.statuses, on, claim.charge),
  ...(claim.payerClaimNumber ? [['REF', '1K', claim.payerClaimNumber] as SegmentData] : []),
  ['DTP', '472', 'D8', toX12Date(claim.serviceDate)],
];

const providerSegments = (provider: ProviderStatusNotice, id: number, on: string): SegmentData[] => [
  ['HL', String(id), '2', '19', provider.claims.length > 0 ? '1' : '0'],
  ['NM1', '85', '2', provider.name, '', '', '', '', 'XX', provider.providerId],
  ['TRN', '1', String(id)],
  ...statusSegments(provider.statuses, on),
  ...provider.claims.flatMap((claim, index) => claimSegments(claim, id + index + 1, id, on)),
];

/** The body of a 277CA: source (HL 20), receiver (HL 21), each billing provider (HL 19) and its claims (HL PT). */
export const claimAcknowledgementSegments = (notice: ClaimAcknowledgementNotice): SegmentData[] => {
  const segments: SegmentData[] = [
    ['BHT', '0085', '08', notice.batchReference, toX12Date(notice.processedOn), '0000', 'TH'],
    ['HL', '1', '', '20', '1'],
    ['NM1', 'AY', '2', notice.source.name, '', '', '', '', '46', notice.source.id],
    ['TRN', '1', notice.batchReference],
    ['DTP', '050', 'D8', toX12Date(notice.receivedOn)],
    ['DTP', '009', 'D8', toX12Date(notice.processedOn)],
    ['HL', '2', '1', '21', '1'],
    ['NM1', '41', '2', notice.receiver.name, '', '', '', '', '46', notice.receiver.id],
    ['TRN', '2', notice.batchReference],
  ];
  let next = 3;
  for (const provider of notice.providers) {
    segments.push(...providerSegments(provider, next, notice.processedOn));
    next += 1 + provider.claims.length;
  }
  return segments;
};

/** A 277CA file: one transaction set per notice. */
export const writeClaimAcknowledgement = (
  notices: readonly ClaimAcknowledgementNotice[],
  envelope: FileEnvelope,
): string =>
  writeSingleGroup(envelope, {
    functionalId: 'HN',
    implementation: CLAIM_ACKNOWLEDGEMENT_VERSION,
    type: '277',
    transactionSets: notices.map(claimAcknowledgementSegments),
  });
