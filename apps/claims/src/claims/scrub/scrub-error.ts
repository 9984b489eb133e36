/** One reason a claim cannot go out yet, in the clerk's words, with the rule that found it and what to fix. */
export class ScrubError {
  rule: ScrubRule;
  /** The claim field at fault (diagnoses[2], lines[0].diagnosisPointers), when it is the claim's own. */
  field?: string;
  message: string;
}

export type ScrubRule =
  | 'billing_profile'
  | 'billing_npi'
  | 'billing_tin'
  | 'taxonomy'
  | 'billing_address'
  | 'billing_zip'
  | 'rendering_npi'
  | 'diagnosis_code'
  | 'diagnosis_count'
  | 'diagnosis_pointer'
  | 'payer'
  | 'coverage'
  | 'subscriber'
  | 'date_of_service'
  | 'timely_filing'
  | 'duplicate';
