import { ProblemError } from '../api/problem';

/**
 * What to say beside a field the API refused, as the desk would say it. The API's own message is written for whoever
 * calls the API; a field missing here falls back to it.
 */
const FIELD_ADVICE: Record<string, string> = {
  firstName: 'Enter the first name as it is on their ID.',
  lastName: 'Enter the last name as it is on their ID.',
  dateOfBirth: 'Enter a real date of birth, after 1900 and not in the future.',
  sex: 'Choose one, or Unknown if the patient prefers not to say.',
  phone: 'Enter a US phone number with its area code, e.g. (312) 555-0100.',
  email: 'Enter an email address like name@example.com, or leave it empty.',
  'address.line1': 'Enter the street and number.',
  'address.city': 'Enter the city.',
  'address.state': 'Enter the two-letter state code, e.g. IL.',
  'address.postalCode': 'Enter a five-digit ZIP code, e.g. 60601 (or ZIP+4, e.g. 60601-1234).',
  payerName: "Enter the insurer's name as it is on the card.",
  payerId: 'Enter the payer ID from the back of the card (at least two characters), e.g. 60054.',
  memberId: 'Enter the member ID as it is on the card.',
  groupNumber: 'Enter the group number as it is on the card, or leave it empty.',
  'subscriber.relationship': 'Choose who holds the policy.',
  'subscriber.firstName': "Enter the policy holder's first name.",
  'subscriber.lastName': "Enter the policy holder's last name.",
  'subscriber.dateOfBirth': "Enter the policy holder's date of birth, after 1900 and not in the future.",
  'subscriber.sex': "Choose the policy holder's sex, or Unknown.",
  'subscriber.address.line1': "Enter the policy holder's street and number.",
  'subscriber.address.city': "Enter the policy holder's city.",
  'subscriber.address.state': 'Enter the two-letter state code, e.g. IL.',
  'subscriber.address.postalCode': 'Enter a five-digit ZIP code, e.g. 60601 (or ZIP+4, e.g. 60601-1234).',
  rank: 'Choose whether this insurer pays first, second or third.',
  effectiveFrom: 'Enter the date the coverage starts.',
};

/** The refused fields of a 400 or 422, keyed by the API's field name, which is also the form field's name. */
export const fieldAdvice = (error: unknown): Record<string, string> => {
  if (!(error instanceof ProblemError)) return {};
  return Object.fromEntries(
    (error.problem.errors ?? []).map(({ field, message }) => [field, FIELD_ADVICE[field] ?? message]),
  );
};

/** A refusal no single field explains, in the desk's words. */
export const registrationProblem = (error: unknown): string | undefined => {
  if (!(error instanceof ProblemError)) return 'Praxis could not be reached, so nothing was saved. Try again.';
  const { status, detail, title, errors = [] } = error.problem;
  // Refused fields the form shows are explained beside them; any other (none is expected) is named here.
  const elsewhere = errors.filter(({ field }) => !(field in FIELD_ADVICE));
  if ((status === 400 || status === 422) && errors.length > 0 && elsewhere.length === 0) return undefined;
  if (elsewhere.length > 0) return `Nothing was saved: ${elsewhere.map(({ message }) => message).join('; ')}.`;
  if (status === 403) return 'Your role does not allow registering patients. Ask a colleague at the front desk.';
  return `Nothing was saved: ${detail ?? title}.`;
};

/** The API refused the registration because someone with this name and date of birth is already on file. */
export const isPossibleDuplicate = (error: unknown): boolean =>
  error instanceof ProblemError && error.problem.status === 409 && 'possibleDuplicates' in error.problem;
