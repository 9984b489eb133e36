/**
 * Claim adjustment reason codes (CARC) and remittance advice remark codes (RARC) a clinic meets most, each with the
 * description the code list publishes (its first sentence; usage notes left out). Sources: X12 "Claim Adjustment
 * Reason Codes" (x12.org/codes/claim-adjustment-reason-codes) and "Remittance Advice Remark Codes"
 * (x12.org/codes/remittance-advice-remark-codes). The lists change three times a year and no maintained npm package
 * carries them, so a code not listed here is shown as its code; check a new entry against the current list.
 */
const REASONS: Readonly<Record<string, string>> = {
  '1': 'Deductible Amount',
  '2': 'Coinsurance Amount',
  '3': 'Co-payment Amount',
  '4': 'The procedure code is inconsistent with the modifier used.',
  '5': 'The procedure code/type of bill is inconsistent with the place of service.',
  '6': "The procedure/revenue code is inconsistent with the patient's age.",
  '7': "The procedure/revenue code is inconsistent with the patient's gender.",
  '11': 'The diagnosis is inconsistent with the procedure.',
  '16': 'Claim/service lacks information or has submission/billing error(s).',
  '18': 'Exact duplicate claim/service',
  '22': 'This care may be covered by another payer per coordination of benefits.',
  '23': 'The impact of prior payer(s) adjudication including payments and/or adjustments.',
  '26': 'Expenses incurred prior to coverage.',
  '27': 'Expenses incurred after coverage terminated.',
  '29': 'The time limit for filing has expired.',
  '31': 'Patient cannot be identified as our insured.',
  '45': 'Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.',
  '50': "These are non-covered services because this is not deemed a 'medical necessity' by the payer.",
  '96': 'Non-covered charge(s).',
  '97': 'The benefit for this service is included in the payment/allowance for another service/procedure that has already been adjudicated.',
  '109':
    'Claim/service not covered by this payer/contractor. You must send the claim/service to the correct payer/contractor.',
  '119': 'Benefit maximum for this time period or occurrence has been reached.',
  '151':
    'Payment adjusted because the payer deems the information submitted does not support this many/frequency of services.',
  '197': 'Precertification/authorization/notification/pre-treatment absent.',
  '204': "This service/equipment/drug is not covered under the patient's current benefit plan",
  '242': 'Services not provided by network/primary care providers.',
  '253': 'Sequestration - reduction in federal payment',
  B7: 'This provider was not certified/eligible to be paid for this procedure/service on this date of service.',
};

const REMARKS: Readonly<Record<string, string>> = {
  M15: 'Separately billed services/tests have been bundled as they are considered components of the same procedure. Separate payment is not allowed.',
  M76: 'Missing/incomplete/invalid diagnosis or condition.',
  M86: 'Service denied because payment already made for same/similar procedure within set time frame.',
  MA130:
    'Your claim contains incomplete and/or invalid information, and no appeal rights are afforded because the claim is unprocessable. Please submit a new claim with the complete/correct information.',
  N20: 'Service not payable with other service rendered on the same date.',
  N30: 'Patient ineligible for this service.',
  N130: 'Consult plan benefit documents/guidelines for information about restrictions for this service.',
  N290: 'Missing/incomplete/invalid rendering provider primary identifier.',
  N362: 'The number of Days or Units of Service exceeds our acceptable maximum.',
};

const GROUPS: Readonly<Record<string, string>> = {
  CO: 'Contractual obligation',
  PR: 'Patient responsibility',
  OA: 'Other adjustment',
  PI: 'Payer initiated reduction',
  CR: 'Correction and reversal',
};

export const reasonWords = (code: string): string => REASONS[code] ?? `reason code ${code}`;
export const remarkWords = (code: string): string => REMARKS[code] ?? `remark code ${code}`;
export const groupWords = (group: string): string => GROUPS[group] ?? group;
