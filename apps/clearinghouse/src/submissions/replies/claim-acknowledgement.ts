import { ClaimAcknowledgementNotice, fromX12Date, ProviderStatusNotice } from '@praxis/x12';
import { ClaimDecision, ProviderDecision } from '../payer-edits';

export interface NoticeHeader {
  source: { name: string; id: string };
  receiver: { name: string; id: string };
  /** The 837's BHT03. */
  batchReference: string;
  /** YYYY-MM-DD: when the claims were received and when this was written. */
  receivedOn: string;
  processedOn: string;
}

/** DTP*472 as sent, D8 or the first day of an RD8; the 999 already checked it is a real date. */
const serviceDateOf = ([, value]: readonly [string, string]): string => fromX12Date(value.slice(0, 8)) ?? '';

const claimNotice = ({ claim, status, payerClaimNumber }: ClaimDecision) => ({
  patientControlNumber: claim.patientControlNumber,
  ...(payerClaimNumber ? { payerClaimNumber } : {}),
  statuses: [status],
  patient: { ...claim.patient, memberId: claim.memberId },
  charge: { amountMinor: claim.chargeMinor, currency: 'USD' as const },
  serviceDate: serviceDateOf(claim.serviceDate),
});

const providerNotice = ({ provider, rejection, claims }: ProviderDecision): ProviderStatusNotice => ({
  providerId: provider.npi,
  name: provider.name,
  statuses: rejection ? [rejection] : [],
  claims: claims.map(claimNotice),
});

/** The 277CA of one accepted batch: each billing provider with its claims' decisions, or its own rejection. */
export const claimAcknowledgementNotice = (
  header: NoticeHeader,
  decisions: readonly ProviderDecision[],
): ClaimAcknowledgementNotice => ({ ...header, providers: decisions.map(providerNotice) });
