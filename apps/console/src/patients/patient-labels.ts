import type { Schemas } from '../api/client';

/** How the desk says the API's values, on the form and on the patient's page alike. */
export const SEX_LABELS: Record<Schemas['Patient']['sex'], string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Unknown',
};

/** Stored as E.164; the desk reads North American numbers as (312) 555-0100. */
export const spokenPhone = (phone: string): string => {
  const digits = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(phone);
  return digits ? `(${digits[1]}) ${digits[2]}-${digits[3]}` : phone;
};

export type CoverageRank = Schemas['Coverage']['rank'];

/** Who pays first: each payer is billed after the one ranked before it decided. */
export const RANK_LABELS: Record<CoverageRank, string> = {
  primary: 'Primary',
  secondary: 'Secondary',
  tertiary: 'Tertiary',
};

export type PolicyHolder = Schemas['SubscriberDto']['relationship'];

/** The API names the patient's relationship to the policy holder; the desk names the policy holder. */
export const POLICY_HOLDER_LABELS: Record<PolicyHolder, string> = {
  self: 'The patient',
  spouse: "The patient's spouse",
  child: "The patient's parent",
  other: 'Someone else',
};
