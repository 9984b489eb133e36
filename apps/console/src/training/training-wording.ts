import { ProblemError } from '../api/problem';
import type { Requirement, StandingRow } from './training-data';

export type TrainingStatus = StandingRow['status'];

/** Statuses are always written out in words; their colour only repeats what the words say. */
export const STATUS_WORDS: Record<TrainingStatus, string> = {
  not_started: 'Not started',
  due: 'Due',
  overdue: 'Overdue',
  compliant: 'Compliant',
  expiring_soon: 'Expiring soon',
  expired: 'Expired',
};

export const ROLE_WORDS: Record<Requirement['roles'][number], string> = {
  admin: 'Admin',
  front_desk: 'Front desk',
  billing_clerk: 'Billing clerk',
  clinic_manager: 'Clinic manager',
  provider: 'Provider',
};

export const RECURRENCE_WORDS: Record<Requirement['recurrence'], string> = {
  once: 'Once',
  months: 'Every so many months',
  printed_expiry: 'Until the date printed on the certificate',
};

export const TOPIC_WORDS: Record<Requirement['topic'], string> = {
  osha_bloodborne_pathogens: 'OSHA bloodborne pathogens',
  hipaa_privacy: 'HIPAA privacy',
  hipaa_security: 'HIPAA security',
  fire_safety: 'Fire safety',
  cpr_bls: 'CPR / BLS',
  state_licence: 'State licence',
  dea_registration: 'DEA registration',
  board_certification: 'Board certification',
  bls_card: 'BLS card',
  other: 'Other',
};

export const recurrenceOf = ({ recurrence, everyMonths }: Requirement): string =>
  recurrence === 'months' ? `Every ${everyMonths} months` : RECURRENCE_WORDS[recurrence];

/** What to say beside a refused field; a field missing here falls back to the API's own message. */
const FIELD_ADVICE: Record<string, string> = {
  completedOn: 'Enter the date you completed it, not in the future.',
  expiresOn: 'Enter the expiry date printed on the certificate.',
  name: 'Enter a name no other requirement of the clinic has.',
  roles: 'Choose at least one role.',
  everyMonths: 'Enter how many months it lasts, when it recurs every so many months.',
};

const CERTIFICATE_FIELD = 'certificate.contentBase64';
const CERTIFICATE_NOT_A_DOCUMENT =
  'This file is not a PDF, PNG or JPEG. Scan or photograph the certificate as one of those.';
const CERTIFICATE_TOO_LARGE = 'This file is larger than 512 KB. Save a smaller scan or photo and choose it again.';

/**
 * The console always sends the file as valid base64, so the service refuses it for one of two reasons: its content
 * (422, judged by its first bytes) or its size (the request's length limit, 400, or the decoded file's, 413).
 */
const certificateAdvice = (status: number): string =>
  status === 422 ? CERTIFICATE_NOT_A_DOCUMENT : CERTIFICATE_TOO_LARGE;

/** The refused fields of a 400, 413 or 422, keyed by the form field's name (the API's field name). */
export const refusedFields = (error: unknown): Record<string, string> => {
  if (!(error instanceof ProblemError)) return {};
  const { status, errors = [] } = error.problem;
  if (status === 413) return { certificate: CERTIFICATE_TOO_LARGE };
  return Object.fromEntries(
    errors.map(({ field, message }) =>
      field === CERTIFICATE_FIELD
        ? ['certificate', certificateAdvice(status)]
        : [field, FIELD_ADVICE[field] ?? message],
    ),
  );
};

/** A refusal no single field explains. */
export const trainingProblem = (error: unknown): string | undefined => {
  if (!(error instanceof ProblemError)) return 'Praxis could not be reached, so nothing was saved. Try again.';
  const { status, detail, title, errors } = error.problem;
  if (status === 413 || ((status === 400 || status === 422) && errors?.length)) return undefined;
  if (status === 403) return 'Your role does not allow this. Ask your clinic manager.';
  return `Nothing was saved: ${detail ?? title}.`;
};
