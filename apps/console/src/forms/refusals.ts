import { ProblemError } from '../api/problem';
import { billingRefusal } from '../billing/billing-wording';

/** The refused fields of a 400 or 422, keyed by the API's field name, or by the input that stands for it. */
export const refusedFieldsOf = (error: unknown, inputOf = (field: string) => field): Record<string, string> =>
  error instanceof ProblemError
    ? Object.fromEntries((error.problem.errors ?? []).map(({ field, message }) => [inputOf(field), message]))
    : {};

/** A refusal said above the fields only when it names none of them: a refused field is shown under its input. */
export const wholeFormRefusal = (error: unknown, notDone: string): string | undefined =>
  Object.keys(refusedFieldsOf(error)).length > 0 ? undefined : billingRefusal(error, notDone);
