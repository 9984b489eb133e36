import { isValidNpi } from '@praxis/domain';
import { ClaimStatusCode } from '@praxis/x12';
import { randomInt } from 'node:crypto';
import { SandboxRules } from '../rules/sandbox-rules';
import { BillingProviderClaims, SubmittedClaim } from './submitted-claims';

// Every status carries STC12, the reason in words, as clearinghouses add for the biller.
export interface ClaimDecision {
  claim: SubmittedClaim;
  status: ClaimStatusCode;
  /** REF*1K: the payer's number for an accepted claim, needed to replace or void it later. */
  payerClaimNumber?: string;
}

export interface ProviderDecision {
  provider: BillingProviderClaims;
  /** A rejection of the billing provider rejects all its claims, with no claim detail (277CA TR3 example 4). */
  rejection?: ClaimStatusCode;
  claims: ClaimDecision[];
}

const ACCEPTED: ClaimStatusCode = { category: 'A2', code: '20', entity: 'PR', message: 'Accepted for adjudication' };

// The NPI's first digit is 1 or 2 (CMS); the check digit is the Luhn digit over 80840 and the first nine.
const isUsableNpi = (npi: string | undefined): boolean => !!npi && /^[12]/.test(npi) && isValidNpi(npi);

const providerRejection = (provider: BillingProviderClaims, rules: SandboxRules): ClaimStatusCode | undefined => {
  if (!isUsableNpi(provider.npi))
    return { category: 'A3', code: '562', entity: '85', message: "Billing provider's NPI fails its check digit" };
  if (rules.rejectedBillingNpis.includes(provider.npi))
    return { category: 'A3', code: '562', entity: '85', message: 'Billing provider is not enrolled with the payer' };
  return undefined;
};

const claimRejection = (claim: SubmittedClaim, rules: SandboxRules): ClaimStatusCode | undefined => {
  if (rules.unknownMemberIds.includes(claim.memberId))
    return { category: 'A7', code: '164', entity: 'IL', message: "The payer does not know the subscriber's member id" };
  if (claim.renderingNpi !== undefined && !isUsableNpi(claim.renderingNpi))
    return { category: 'A7', code: '562', entity: '82', message: "Rendering provider's NPI fails its check digit" };
  if (claim.chargeMinor !== claim.lineChargesMinor)
    return { category: 'A7', code: '400', entity: 'PR', message: 'Claim total is not the sum of its lines' };
  return undefined;
};

const payerClaimNumber = (): string => `SBX${String(randomInt(1e9)).padStart(9, '0')}`;

const decideClaim = (claim: SubmittedClaim, rules: SandboxRules): ClaimDecision => {
  const rejection = claimRejection(claim, rules);
  return rejection ? { claim, status: rejection } : { claim, status: ACCEPTED, payerClaimNumber: payerClaimNumber() };
};

/** The payers' front-end edits, as the 277CA reports them: by billing provider first, then claim by claim. */
export const decideClaims = (providers: readonly BillingProviderClaims[], rules: SandboxRules): ProviderDecision[] =>
  providers.map((provider) => {
    const rejection = providerRejection(provider, rules);
    if (rejection) return { provider, rejection, claims: [] };
    return { provider, claims: provider.claims.map((claim) => decideClaim(claim, rules)) };
  });
