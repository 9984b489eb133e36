import type { ClaimStatus, HistoryEntry, ScrubError } from './claims-data';
import { billingProfilePath, newPayerPath } from './claims-paths';

/** Statuses are always written out in words; their colour only repeats what the words say. */
export const CLAIM_STATUS_WORDS: Record<ClaimStatus, string> = {
  draft: 'Draft',
  needs_fix: 'Needs fix',
  ready: 'Ready',
  submitted: 'Submitted',
  acknowledged: 'Acknowledged',
  rejected: 'Rejected',
  accepted: 'Accepted',
  paid: 'Paid',
  partially_paid: 'Partially paid',
  denied: 'Denied',
  corrected: 'Corrected',
  voided: 'Voided',
  closed: 'Closed',
};

/** The service words its reasons to follow a colon; shown on their own, they start as sentences. */
export const asSentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** How a worklist names its claims: "Claims that need fixing", "Claims that are ready". */
export const claimsThat = (status: ClaimStatus): string =>
  status === 'needs_fix' ? 'need fixing' : `are ${CLAIM_STATUS_WORDS[status].toLowerCase()}`;

/** The lists a clerk works, in the order a claim passes through them. */
export const WORKLIST_STATUSES: ClaimStatus[] = [
  'needs_fix',
  'ready',
  'submitted',
  'acknowledged',
  'rejected',
  'accepted',
];

const PROFILE_RULES = new Set([
  'billing_profile',
  'billing_npi',
  'billing_tin',
  'taxonomy',
  'billing_address',
  'billing_zip',
]);
const COVERAGE_RULES = new Set(['coverage', 'subscriber']);
const CLAIM_RULES = new Set(['diagnosis_code', 'diagnosis_count', 'diagnosis_pointer']);

export interface FixLink {
  href: string;
  text: string;
}

/** Where a scrub error is fixed when it is not the claim's own: the billing profile, the payer or the coverage. */
export const fixLinkFor = (error: ScrubError, claim: { payerId: string; patientId: string }): FixLink | undefined => {
  if (PROFILE_RULES.has(error.rule)) return { href: billingProfilePath, text: 'Fix the billing profile' };
  if (error.rule === 'payer') return { href: newPayerPath(claim.payerId), text: `Set up payer ${claim.payerId}` };
  if (COVERAGE_RULES.has(error.rule)) return { href: `/patients/${claim.patientId}`, text: 'Correct the coverage' };
  return undefined;
};

export const isFixedOnTheClaim = (error: ScrubError): boolean => CLAIM_RULES.has(error.rule);

export interface RejectionReason {
  code: string | null;
  message: string;
}

/** Why the clearinghouse or the payer rejected the claim, as the newest rejection in its history records it. */
export const rejectionReasonsOf = (history: HistoryEntry[] = []): RejectionReason[] => {
  const rejection = history.findLast((entry) => entry.toStatus === 'rejected');
  const reasons = rejection?.details?.reasons;
  return Array.isArray(reasons) ? (reasons as RejectionReason[]) : [];
};

/** The submission a claim last left in, as its history names it. */
export const submissionIdOf = (history: HistoryEntry[] = []): string | undefined => {
  const id = history.findLast((entry) => typeof entry.details?.submissionId === 'string')?.details?.submissionId;
  return typeof id === 'string' ? id : undefined;
};

const ORDINAL = new Intl.PluralRules('en-US', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

export const ordinal = (n: number): string => `${n}${SUFFIX[ORDINAL.select(n)]}`;

/**
 * A problem the acknowledgement reader found, said where it is: the service names it `segment 14` with the segment's
 * id before its message ("IK5: ...").
 */
export const segmentProblemInWords = ({ field, message }: { field: string; message: string }): string => {
  const position = /^segment (\d+)$/.exec(field)?.[1];
  const named = /^([A-Z][A-Z0-9]{1,2}): (.*)$/.exec(message);
  if (!position) return message;
  const where = `The ${ordinal(Number(position))} segment of the file`;
  return named ? `${where} (${named[1]}): ${named[2]}` : `${where}: ${message}`;
};
