import { aValidNpi } from '@praxis/testing';
import { ScrubFacts, scrubClaim } from './claim-scrubber';
import { ScrubRule } from './scrub-error';

const STREET = { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701-1234' };

const aProfile = () => ({ npi: aValidNpi(), tin: '123456789', taxonomyCode: '207Q00000X', address: STREET });

/** A claim nothing is wrong with: billed eight days after the visit, to a payer with a 90-day limit. */
const aCleanClaim = (): ScrubFacts => ({
  claim: { diagnoses: ['J06.9', 'E11.9'], dateOfService: '2026-03-02', lines: [{ diagnosisPointers: [1, 2] }] },
  today: '2026-03-10',
  renderingProviderNpi: aValidNpi(),
  profile: aProfile(),
  payer: { timelyFilingDays: 90 },
  payerId: '60054',
  coverage: {
    memberId: 'W123456789',
    subscriber: { firstName: 'Maria', lastName: 'Lopez', dateOfBirth: '1984-07-21', sex: 'female', address: STREET },
  },
  duplicateOf: null,
});

const rulesBroken = (facts: ScrubFacts): ScrubRule[] => scrubClaim(facts).map(({ rule }) => rule);

/** An NPI whose last digit is not its check digit. */
const withWrongCheckDigit = (npi: string) => `${npi.slice(0, 9)}${(Number(npi[9]) + 1) % 10}`;

describe('scrubClaim', () => {
  it('finds nothing wrong with a complete claim', () => {
    expect(scrubClaim(aCleanClaim())).toEqual([]);
  });

  it('checks the billing and rendering NPIs’ check digits', () => {
    const billingNpi = withWrongCheckDigit(aValidNpi());
    const renderingNpi = withWrongCheckDigit(aValidNpi());
    const facts = { ...aCleanClaim(), profile: { ...aProfile(), npi: billingNpi }, renderingProviderNpi: renderingNpi };
    expect(scrubClaim(facts).map(({ message }) => message)).toEqual([
      `the clinic's NPI ${billingNpi} is not a valid NPI (check digit)`,
      `the rendering provider's NPI ${renderingNpi} is not a valid NPI (check digit)`,
    ]);
  });

  it('asks for the rendering provider until the visit’s completion has reached claims', () => {
    expect(rulesBroken({ ...aCleanClaim(), renderingProviderNpi: null })).toEqual(['rendering_npi']);
  });

  it('names each diagnosis that is not shaped like an ICD-10-CM code', () => {
    const facts = aCleanClaim();
    facts.claim = { ...facts.claim, diagnoses: ['401.9', 'U07.1', 'E11.9'], lines: [{ diagnosisPointers: [3] }] };
    expect(scrubClaim(facts)).toEqual([
      expect.objectContaining({ rule: 'diagnosis_code', field: 'diagnoses[0]' }),
      expect.objectContaining({ rule: 'diagnosis_code', field: 'diagnoses[1]' }),
    ]);
  });

  it('allows twelve diagnoses and no more', () => {
    const twelve = Array.from({ length: 12 }, (_, index) => `M54.${index + 10}`);
    const facts = aCleanClaim();
    facts.claim = { ...facts.claim, diagnoses: twelve };
    expect(scrubClaim(facts)).toEqual([]);
    facts.claim = { ...facts.claim, diagnoses: [...twelve, 'R05.9'] };
    expect(rulesBroken(facts)).toEqual(['diagnosis_count']);
  });

  it('wants one to four pointers per line, each at a diagnosis the claim has', () => {
    const facts = aCleanClaim();
    facts.claim = {
      ...facts.claim,
      lines: [{ diagnosisPointers: [] }, { diagnosisPointers: [1, 2, 1, 2, 1] }, { diagnosisPointers: [1, 3] }],
    };
    expect(scrubClaim(facts).map(({ field, message }) => [field, message])).toEqual([
      ['lines[0].diagnosisPointers', 'line 1 must point at one to four diagnoses'],
      ['lines[1].diagnosisPointers', 'line 2 must point at one to four diagnoses'],
      ['lines[2].diagnosisPointers', 'line 3 points at diagnosis 3, which the claim does not have'],
    ]);
  });

  it('asks for the payer and the coverage when the clinic has not set them up', () => {
    expect(rulesBroken({ ...aCleanClaim(), payer: null, coverage: null })).toEqual(['payer', 'coverage']);
  });

  it('names the subscriber’s details the coverage lacks', () => {
    const facts = aCleanClaim();
    facts.coverage = {
      memberId: 'W123456789',
      subscriber: { firstName: 'Daniel', lastName: null, dateOfBirth: null, sex: null, address: STREET },
    };
    expect(scrubClaim(facts).map(({ message }) => message)).toEqual([
      "the subscriber's name, date of birth, sex are missing from the coverage",
    ]);
  });

  it('wants a billing profile with a TIN and a taxonomy', () => {
    expect(rulesBroken({ ...aCleanClaim(), profile: null })).toEqual(['billing_profile']);
    const profile = { ...aProfile(), tin: null, taxonomyCode: null };
    expect(rulesBroken({ ...aCleanClaim(), profile })).toEqual(['billing_tin', 'taxonomy']);
  });

  it('wants a street billing address with a nine-digit ZIP', () => {
    const box = { ...aProfile(), address: { ...STREET, line1: 'P.O. Box 4410', postalCode: '62701' } };
    expect(rulesBroken({ ...aCleanClaim(), profile: box })).toEqual(['billing_address', 'billing_zip']);
    const none = { ...aProfile(), address: null };
    expect(rulesBroken({ ...aCleanClaim(), profile: none })).toEqual(['billing_address']);
  });

  it('refuses a date of service after today on the visit’s clock', () => {
    expect(rulesBroken({ ...aCleanClaim(), today: '2026-03-01' })).toEqual(['date_of_service']);
  });

  it('refuses a claim past the payer’s filing limit, and takes one on its last day', () => {
    expect(rulesBroken({ ...aCleanClaim(), today: '2026-05-31' })).toEqual([]);
    expect(rulesBroken({ ...aCleanClaim(), today: '2026-06-01' })).toEqual(['timely_filing']);
  });

  it('refuses a duplicate of a claim already sent', () => {
    expect(scrubClaim({ ...aCleanClaim(), duplicateOf: '000042' })).toEqual([
      { rule: 'duplicate', message: "claim 000042 already billed this patient's same codes on the same date" },
    ]);
  });
});
