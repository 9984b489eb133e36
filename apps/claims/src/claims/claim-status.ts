import { ConflictError } from '@praxis/platform';

/**
 * A claim's whole lifecycle. draft: built from charges, not yet scrubbed; needs_fix / ready: what the last scrub
 * found; submitted: sent to the clearinghouse; acknowledged: the clearinghouse took the file (999);
 * accepted / rejected: the payer's front end took it into adjudication or refused it (277CA, or a 999 rejection);
 * paid / partially_paid / denied: the payer's decision (835); corrected / voided: replaced or withdrawn;
 * closed: nothing more is expected.
 */
export const claimStatuses = [
  'draft',
  'needs_fix',
  'ready',
  'submitted',
  'acknowledged',
  'accepted',
  'rejected',
  'paid',
  'partially_paid',
  'denied',
  'corrected',
  'voided',
  'closed',
] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

const NEXT: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  draft: ['needs_fix', 'ready', 'voided'],
  needs_fix: ['needs_fix', 'ready', 'voided'],
  ready: ['needs_fix', 'ready', 'submitted', 'voided'],
  submitted: ['acknowledged', 'rejected'],
  acknowledged: ['accepted', 'rejected'],
  accepted: ['paid', 'partially_paid', 'denied'],
  // A rejected claim never reached adjudication: the clerk fixes it, it is scrubbed again and sent as new.
  rejected: ['needs_fix', 'ready', 'voided'],
  // The payer may reverse its decision (835 CLP02 22): the claim awaits the corrected decision as accepted again.
  paid: ['accepted', 'corrected', 'voided', 'closed'],
  partially_paid: ['accepted', 'corrected', 'voided', 'closed'],
  denied: ['accepted', 'corrected', 'voided', 'closed'],
  corrected: ['closed'],
  voided: ['closed'],
  closed: [],
};

/** Claims still open to the clerk's changes and to charges joining them: not yet sent to anyone. */
export const OPEN_STATUSES: readonly ClaimStatus[] = ['draft', 'needs_fix', 'ready'];

/** Claims a payer has or had before it: a new claim for the same care would be a duplicate. */
export const SENT_STATUSES: readonly ClaimStatus[] = [
  'submitted',
  'acknowledged',
  'accepted',
  'paid',
  'partially_paid',
  'denied',
  'corrected',
  'closed',
];

export const canMove = (from: ClaimStatus, to: ClaimStatus): boolean => NEXT[from].includes(to);

const words = (status: ClaimStatus) => status.replace('_', ' ');

const WHAT_IT_TAKES: Readonly<Record<ClaimStatus, string>> = {
  draft: 'only a new claim is a draft',
  needs_fix: 'only a claim not yet sent, or one the payer rejected, can be scrubbed again',
  ready: 'only a claim not yet sent, or one the payer rejected, can be scrubbed again',
  submitted: 'only a claim the scrubber found ready can be submitted',
  acknowledged: 'only a submitted claim can be acknowledged',
  accepted: 'only a submitted or acknowledged claim, or one whose decision the payer reversed, can be accepted',
  rejected: 'only a submitted or acknowledged claim can be rejected',
  paid: 'only a claim the payer accepted can be paid',
  partially_paid: 'only a claim the payer accepted can be paid',
  denied: 'only a claim the payer accepted can be denied',
  corrected: 'only a claim the payer decided on can be corrected',
  voided: 'a claim can be voided before it is sent, after a rejection or after the payer decided',
  closed: 'only a decided, corrected or voided claim can be closed',
};

export class ClaimTransitionRefusedError extends ConflictError {
  constructor(from: ClaimStatus, to: ClaimStatus) {
    super(`this claim is ${words(from)}, so it cannot become ${words(to)}: ${WHAT_IT_TAKES[to]}`);
    this.extensions.currentStatus = from;
  }
}

/** What the payer has decided is withdrawn only by telling the payer, with a void claim (frequency 8). */
export const DECIDED_STATUSES: readonly ClaimStatus[] = ['paid', 'partially_paid', 'denied'];

export class DecidedClaimWithdrawalError extends ConflictError {
  constructor(status: ClaimStatus) {
    super(
      `this claim is ${words(status)}: the payer has decided it, so void it at the payer from the denials worklist, which sends a void claim (frequency 8)`,
    );
    this.extensions.currentStatus = status;
  }
}

export class ClaimNotEditableError extends ConflictError {
  constructor(status: ClaimStatus) {
    super(`this claim is ${words(status)}: only a claim not yet sent, or one the payer rejected, can be changed`);
    this.extensions.currentStatus = status;
  }
}

/** Where the clerk may still change the claim's diagnoses and pointers. */
export const isEditable = (status: ClaimStatus): boolean => [...OPEN_STATUSES, 'rejected'].includes(status);
