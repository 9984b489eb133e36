import { describe, expect, it } from '@jest/globals';
import { ProblemError, type Problem } from '../api/problem';
import { refusedFields, trainingProblem } from './training-wording';

const refused = (problem: Partial<Problem> & { status: number }) =>
  new ProblemError({ type: 'about:blank', title: 'Refused', ...problem });

const certificateRefused = (status: number, message: string) =>
  refused({ status, errors: [{ field: 'certificate.contentBase64', message }] });

describe('a refused training submission in the staff member’s words', () => {
  it('says beside the file field that a file of another kind is not a PDF, PNG or JPEG', () => {
    const fields = refusedFields(certificateRefused(422, 'the file is not a PDF, PNG or JPEG'));
    expect(fields).toEqual({ certificate: expect.stringContaining('This file is not a PDF, PNG or JPEG.') });
  });

  it('says beside the file field that a file over the limit is too large, whether the request or the file was measured', () => {
    const tooLong = certificateRefused(400, 'contentBase64 must be shorter than or equal to 699052 characters');
    const tooLarge = refused({ status: 413 });
    for (const error of [tooLong, tooLarge])
      expect(refusedFields(error)).toEqual({ certificate: expect.stringContaining('larger than 512 KB') });
    expect(trainingProblem(tooLarge)).toBeUndefined();
  });

  it('falls back to the service’s own message for a field it has no words for, and names a refusal of no field', () => {
    const error = refused({ status: 400, errors: [{ field: 'issuer', message: 'issuer must be shorter' }] });
    expect(refusedFields(error)).toEqual({ issuer: 'issuer must be shorter' });
    expect(trainingProblem(refused({ status: 409, detail: 'this completion was already reviewed' }))).toBe(
      'Nothing was saved: this completion was already reviewed.',
    );
  });
});
