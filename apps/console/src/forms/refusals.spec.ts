import { describe, expect, it } from '@jest/globals';
import { ProblemError, type Problem } from '../api/problem';
import { refusedFieldsOf, wholeFormRefusal } from './refusals';

const refused = (problem: Partial<Problem> & { status: number }) =>
  new ProblemError({ type: 'about:blank', title: 'Refused', ...problem });

const priceRefused = refused({
  status: 400,
  errors: [{ field: 'unitPriceMinor', message: 'unitPriceMinor must be a positive integer' }],
});

describe('a billing refusal in the clerk’s words', () => {
  it('shows a refused field under the input that stands for it, and says nothing of it above the form', () => {
    const unitPriceInput = (field: string) => (field === 'unitPriceMinor' ? 'unitPrice' : field);
    expect(refusedFieldsOf(priceRefused, unitPriceInput)).toEqual({
      unitPrice: 'unitPriceMinor must be a positive integer',
    });
    expect(wholeFormRefusal(priceRefused, 'Line 1 was not priced')).toBeUndefined();
  });

  it('says above the form, after what was not done, a refusal that names no field', () => {
    const released = refused({ status: 409, detail: 'the visit is already released' });
    expect(refusedFieldsOf(released)).toEqual({});
    expect(wholeFormRefusal(released, 'The visit was not held')).toBe(
      'The visit was not held: the visit is already released.',
    );
  });

  it('says the service could not be reached when no answer came', () => {
    expect(wholeFormRefusal(new TypeError('Failed to fetch'), 'The payer was not saved')).toBe(
      'The payer was not saved: Praxis could not be reached. Try again.',
    );
  });
});
