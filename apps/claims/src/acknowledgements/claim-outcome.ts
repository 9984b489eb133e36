import { RejectionReason } from '../claims/claim-lifecycle';

/** What an acknowledgement says of one claim. */
export type ClaimVerdict =
  | { kind: 'acknowledged' }
  | { kind: 'accepted'; payerClaimControlNumber: string | null }
  | { kind: 'rejected'; reasons: RejectionReason[] }
  | { kind: 'pending' };

export interface ClaimVerdictFor {
  claimId: string;
  patientControlNumber: string;
  verdict: ClaimVerdict;
}

/** What it did: `unchanged` when the claim had already moved past what the file says (a late or repeated reply). */
export interface ClaimOutcome {
  claimId: string;
  patientControlNumber: string;
  outcome: 'acknowledged' | 'accepted' | 'rejected' | 'unchanged';
  reasons?: RejectionReason[];
}
