import { ProblemError } from '../api/problem';
import type { DaySheetRow, VisitStatus } from './billing-data';

/** Statuses are always written out in words; their colour only repeats what the words say. */
export const VISIT_STATUS_WORDS: Record<VisitStatus, string> = {
  needs_review: 'Needs review',
  ready: 'Ready',
  on_hold: 'On hold',
  released: 'Released',
};

export const POSTING_KIND_WORDS: Record<DaySheetRow['kind'], string> = {
  charge: 'Charges',
  patient_payment: 'Patient payments',
  insurer_payment: 'Insurer payments',
  contractual_adjustment: 'Contractual adjustments',
  write_off: 'Write-offs',
  transfer: 'Transfers between insurer and patient',
  refund: 'Refunds',
  payment_application: 'Payments applied to visits',
  reversal: 'Reversals',
  provider_adjustment: 'Payers’ adjustments to the clinic’s account (interest, recoupments)',
};

/**
 * Why billing refused a change, in the clerk's words, after what was not done ("The visit was not released"). The
 * service's own reason is shown as it gives it: the rules of a visit's status are billing's, and the console does not
 * guess them.
 */
export const billingRefusal = (error: unknown, notDone: string): string => {
  if (!(error instanceof ProblemError)) return `${notDone}: Praxis could not be reached. Try again.`;
  const { status, detail, title, errors = [] } = error.problem;
  if (status === 403) return `${notDone}: your role does not allow this. Ask your clinic’s admin.`;
  if (status === 404) return `${notDone}: it was not found in your clinic’s billing.`;
  // A malformed request names its fields; any other refusal is the service's own sentence.
  if (errors.length > 0 && (status === 400 || !detail))
    return `${notDone}: ${errors.map(({ message }) => message).join('; ')}.`;
  return `${notDone}: ${detail ?? title}.`;
};
