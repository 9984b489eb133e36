import { DIAGNOSIS_CODE_PATTERN, isValidNpi } from '@praxis/domain';
import { DateTime } from 'luxon';
import type { PostalAddress } from '@praxis/platform';
import type { ScrubError } from './scrub-error';

/** Everything the scrub judges, gathered beforehand, so the rules are plain functions of it. */
export interface ScrubFacts {
  claim: {
    diagnoses: readonly string[];
    dateOfService: string;
    lines: readonly { diagnosisPointers: readonly number[] }[];
  };
  /** The clinic's calendar date now, on the visit's clock. */
  today: string;
  /** Null until scheduling's appointment.completed for the visit has reached claims. */
  renderingProviderNpi: string | null;
  profile: {
    npi: string;
    tin: string | null;
    taxonomyCode: string | null;
    address: PostalAddress | null;
  } | null;
  payer: { timelyFilingDays: number } | null;
  payerId: string;
  coverage: {
    memberId: string;
    subscriber: {
      firstName: string | null;
      lastName: string | null;
      dateOfBirth: string | null;
      sex: string | null;
      address: PostalAddress | null;
    };
  } | null;
  /** The patient control number of a claim already sent for the same patient, date and codes. */
  duplicateOf: string | null;
}

const MAX_DIAGNOSES = 12;
const MAX_POINTERS = 4;
// X12 RFI 1451: the billing provider's address (2010AA) must be where care is billed from, never a box.
const PO_BOX = /\b(p\.?\s*o\.?\s*box|post\s+office\s+box|lock\s*box|box\s+\d+)/i;

const billingProvider = ({ profile }: ScrubFacts): ScrubError[] => {
  if (!profile) {
    return [
      {
        rule: 'billing_profile',
        message: "the clinic's billing profile is not set up: add its NPI, TIN, taxonomy and billing address",
      },
    ];
  }
  const errors: ScrubError[] = [];
  if (!isValidNpi(profile.npi))
    errors.push({ rule: 'billing_npi', message: `the clinic's NPI ${profile.npi} is not a valid NPI (check digit)` });
  if (!profile.tin) errors.push({ rule: 'billing_tin', message: "the clinic's tax id (TIN) is missing" });
  if (!profile.taxonomyCode)
    errors.push({ rule: 'taxonomy', message: "the clinic's taxonomy code is missing from its billing profile" });
  errors.push(...billingAddress(profile.address));
  return errors;
};

const billingAddress = (address: PostalAddress | null): ScrubError[] => {
  if (!address) return [{ rule: 'billing_address', message: "the clinic's billing address is missing" }];
  const errors: ScrubError[] = [];
  if (PO_BOX.test(`${address.line1} ${address.line2 ?? ''}`))
    errors.push({
      rule: 'billing_address',
      message: 'the billing address is a PO box: payers need the street address where the clinic bills from',
    });
  if (address.postalCode.replace('-', '').length !== 9)
    errors.push({
      rule: 'billing_zip',
      message: `the billing address's ZIP ${address.postalCode} needs all nine digits (ZIP+4)`,
    });
  return errors;
};

const renderingProvider = ({ renderingProviderNpi }: ScrubFacts): ScrubError[] => {
  if (renderingProviderNpi === null)
    return [{ rule: 'rendering_npi', message: "the rendering provider's NPI is not known yet for this visit" }];
  if (!isValidNpi(renderingProviderNpi))
    return [
      {
        rule: 'rendering_npi',
        message: `the rendering provider's NPI ${renderingProviderNpi} is not a valid NPI (check digit)`,
      },
    ];
  return [];
};

const diagnoses = ({ claim }: ScrubFacts): ScrubError[] => {
  const errors: ScrubError[] = claim.diagnoses.flatMap((code, index) =>
    DIAGNOSIS_CODE_PATTERN.test(code)
      ? []
      : [
          {
            rule: 'diagnosis_code' as const,
            field: `diagnoses[${index}]`,
            message: `diagnosis ${index + 1} (${code}) is not an ICD-10-CM code such as J06.9`,
          },
        ],
  );
  if (claim.diagnoses.length === 0)
    errors.push({ rule: 'diagnosis_count', field: 'diagnoses', message: 'the claim has no diagnosis' });
  if (claim.diagnoses.length > MAX_DIAGNOSES)
    errors.push({
      rule: 'diagnosis_count',
      field: 'diagnoses',
      message: `the claim has ${claim.diagnoses.length} diagnoses; a claim can carry at most ${MAX_DIAGNOSES}`,
    });
  return errors;
};

const pointers = ({ claim }: ScrubFacts): ScrubError[] =>
  claim.lines.flatMap(({ diagnosisPointers }, index) => {
    const field = `lines[${index}].diagnosisPointers`;
    const line = `line ${index + 1}`;
    if (diagnosisPointers.length === 0 || diagnosisPointers.length > MAX_POINTERS)
      return [{ rule: 'diagnosis_pointer' as const, field, message: `${line} must point at one to four diagnoses` }];
    const missing = diagnosisPointers.filter((pointer) => pointer < 1 || pointer > claim.diagnoses.length);
    return missing.map((pointer) => ({
      rule: 'diagnosis_pointer' as const,
      field,
      message: `${line} points at diagnosis ${pointer}, which the claim does not have`,
    }));
  });

const payerAndSubscriber = ({ payer, payerId, coverage }: ScrubFacts): ScrubError[] => {
  const errors: ScrubError[] = [];
  if (!payer)
    errors.push({
      rule: 'payer',
      message: `payer ${payerId} is not among the clinic's payers: add it with its filing indicator and address`,
    });
  if (!coverage) {
    errors.push({
      rule: 'coverage',
      message: `the patient has no coverage with payer ${payerId} on the date of service on record`,
    });
    return errors;
  }
  const { subscriber } = coverage;
  const missing = [
    !subscriber.firstName || !subscriber.lastName ? 'name' : null,
    subscriber.dateOfBirth ? null : 'date of birth',
    subscriber.sex ? null : 'sex',
    subscriber.address ? null : 'address',
  ].filter((item): item is string => item !== null);
  if (missing.length > 0)
    errors.push({
      rule: 'subscriber',
      message: `the subscriber's ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing from the coverage`,
    });
  return errors;
};

const daysBetween = (from: string, to: string): number =>
  DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days;

const timing = ({ claim, today, payer }: ScrubFacts): ScrubError[] => {
  if (claim.dateOfService > today)
    return [
      {
        rule: 'date_of_service',
        message: `the date of service ${claim.dateOfService} is in the future`,
      },
    ];
  if (payer && daysBetween(claim.dateOfService, today) > payer.timelyFilingDays)
    return [
      {
        rule: 'timely_filing',
        message: `the payer's filing limit of ${payer.timelyFilingDays} days after ${claim.dateOfService} has passed`,
      },
    ];
  return [];
};

const duplicate = ({ duplicateOf }: ScrubFacts): ScrubError[] =>
  duplicateOf
    ? [
        {
          rule: 'duplicate',
          message: `claim ${duplicateOf} already billed this patient's same codes on the same date`,
        },
      ]
    : [];

const RULES = [billingProvider, renderingProvider, diagnoses, pointers, payerAndSubscriber, timing, duplicate];

/** Every reason the claim cannot be submitted yet; none means it is ready. */
export const scrubClaim = (facts: ScrubFacts): ScrubError[] => RULES.flatMap((rule) => rule(facts));
