import { X12WriteError } from '../core/write-errors';

export type ClaimProblemCode =
  | 'invalid-npi'
  | 'invalid-tax-id'
  | 'invalid-taxonomy'
  | 'missing-value'
  | 'billing-address-not-street'
  | 'postal-code-not-nine-digits'
  | 'invalid-postal-code'
  | 'invalid-date'
  | 'missing-patient-demographics'
  | 'no-claim'
  | 'invalid-patient-control-number'
  | 'missing-payer-claim-number'
  | 'no-diagnosis'
  | 'too-many-diagnoses'
  | 'invalid-diagnosis-code'
  | 'no-service-line'
  | 'too-many-service-lines'
  | 'invalid-procedure-code'
  | 'invalid-diagnosis-pointer'
  | 'invalid-amount'
  | 'invalid-units'
  | 'invalid-place-of-service'
  | 'too-many-other-payers';

export interface ClaimProblem {
  code: ClaimProblemCode;
  /** Where in the file, e.g. "claims[2].serviceLines[0].diagnosisPointers". */
  path: string;
  /** CLM01 of the claim at fault, when the problem belongs to a claim. */
  patientControlNumber?: string;
  message: string;
}

export class InvalidProfessionalClaimsError extends X12WriteError {
  constructor(readonly problems: ClaimProblem[]) {
    super(
      `the claims cannot be written: ${problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}`,
    );
  }
}
