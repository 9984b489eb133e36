import { ClaimStatusCode } from '@praxis/x12';
import { RejectionReason } from '../claims/claim-lifecycle';
import { ClaimVerdict } from './claim-outcome';

// 277CA STC01-1: only the category decides; STC03 is not reliable (a public 277CA has A7 with WQ).
const REJECTING: Readonly<Record<string, string>> = {
  A3: 'the payer returned the claim as unprocessable',
  A4: 'the payer could not find the claim',
  A6: 'the payer rejected the claim for missing information',
  A7: 'the payer rejected the claim for invalid information',
  A8: 'the payer rejected the claim for a relational field in error',
};

export const isRejecting = (status: ClaimStatusCode): boolean => status.category in REJECTING;

const reasonOf = (status: ClaimStatusCode): RejectionReason => ({
  code: [status.category, status.code, status.entity].filter(Boolean).join(':'),
  message: status.message ? `${REJECTING[status.category]}: ${status.message}` : REJECTING[status.category],
});

/** A2 accepts, A3/A4/A6/A7/A8 reject (with every rejecting status as a reason); A0, A1 and A5 change nothing yet. */
export const verdictOf = (statuses: readonly ClaimStatusCode[], payerClaimNumber?: string): ClaimVerdict => {
  const rejections = statuses.filter(isRejecting);
  if (rejections.length > 0) return { kind: 'rejected', reasons: rejections.map(reasonOf) };
  if (statuses.some((status) => status.category === 'A2'))
    return { kind: 'accepted', payerClaimControlNumber: payerClaimNumber ?? null };
  return { kind: 'pending' };
};
