import type { ClaimFilingIndicator } from './payers-data';

/** SBR09's codes in the words of the 837P's code list, so the clerk picks the kind of plan, not a code. */
export const CLAIM_FILING_INDICATOR_WORDS: Record<ClaimFilingIndicator, string> = {
  CI: 'Commercial insurance (CI)',
  BL: 'Blue Cross / Blue Shield (BL)',
  MB: 'Medicare Part B (MB)',
  MA: 'Medicare Part A (MA)',
  MC: 'Medicaid (MC)',
  HM: 'Health maintenance organization (HM)',
  '16': 'HMO Medicare risk (16)',
  '12': 'Preferred provider organization (12)',
  '13': 'Point of service (13)',
  '14': 'Exclusive provider organization (14)',
  '15': 'Indemnity insurance (15)',
  '17': 'Dental maintenance organization (17)',
  '11': 'Other non-federal program (11)',
  CH: 'TRICARE / CHAMPUS (CH)',
  VA: 'Veterans Affairs plan (VA)',
  FI: 'Federal Employees Program (FI)',
  OF: 'Other federal program (OF)',
  TV: 'Title V (TV)',
  WC: 'Workers’ compensation (WC)',
  AM: 'Automobile medical (AM)',
  LM: 'Liability medical (LM)',
  DS: 'Disability (DS)',
  ZZ: 'Mutually defined (ZZ)',
};
