import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { money } from '@praxis/domain';
import { goldenClaimFile, goldenEnvelope, goldenTertiaryClaimFile } from '../../test/golden-claim-file';
import { aProfessionalClaim, aProfessionalClaimFile, aServiceLine } from '../../test/professional-claim-builders';
import { readX12 } from '../core/read-x12';
import { InvalidProfessionalClaimsError } from './claim-problems';
import { readProfessionalClaims } from './read-837p';
import { splitServiceLines } from './split-service-lines';
import { writeProfessionalClaims } from './write-837p';

const fixture = (name: string) => readFileSync(join(__dirname, '__fixtures__', name), 'utf8');
const golden = fixture('837p-three-claims-two-providers.x12');
const goldenTertiary = fixture('837p-tertiary-claim-two-prior-payers.x12');

const readBack = (text: string) => {
  const document = readX12(text);
  const [set] = document.interchanges[0].groups[0].transactionSets;
  return { envelopeProblems: document.problems, ...readProfessionalClaims(set, document.delimiters) };
};

const problemsOf = (claim = aProfessionalClaim()) => {
  try {
    writeProfessionalClaims(aProfessionalClaimFile([claim]), goldenEnvelope);
  } catch (error) {
    if (error instanceof InvalidProfessionalClaimsError) return error.problems.map(({ code, path }) => [code, path]);
    throw error;
  }
  return [];
};

describe('writeProfessionalClaims', () => {
  it('writes the golden file: HL tree, 2000C only for a patient who is not the subscriber, REF*F8 on a replacement, 2320/2430 on a secondary claim', () => {
    expect(writeProfessionalClaims(goldenClaimFile(), goldenEnvelope)).toBe(golden.replaceAll('\n', ''));
  });

  it('reads the golden file back into the claims it was written from', () => {
    const reading = readBack(golden);

    expect(reading.envelopeProblems).toEqual([]);
    expect(reading.problems).toEqual([]);
    expect(reading.file).toEqual(goldenClaimFile());
  });

  it('writes a tertiary claim (SBR T) with each prior payer in its own 2320/2330 and 2430, first payer first', () => {
    const written = writeProfessionalClaims(goldenTertiaryClaimFile(), goldenEnvelope);

    expect(written).toBe(goldenTertiary.replaceAll('\n', ''));
    const segments = written.split('~');
    expect(segments.filter((segment) => /^(SBR|AMT|NM1\*PR)\*/.test(segment))).toEqual([
      'SBR*T*18*GRP001******MC',
      'NM1*PR*2*MEDICAID OF ILLINOIS*****PI*77001',
      'SBR*P*18*******CI',
      'AMT*D*60',
      'NM1*PR*2*ACME HEALTH PLAN*****PI*60054',
      'SBR*S*01*******CI',
      'AMT*D*7',
      'NM1*PR*2*SPOUSE EMPLOYER PLAN*****PI*87726',
    ]);
    expect(segments.filter((segment) => segment.startsWith('SVD*'))).toEqual([
      'SVD*60054*60*HC:97110**4',
      'SVD*87726*7*HC:97110**4',
    ]);
  });

  it('reads the tertiary claim back with both prior payers and their line decisions', () => {
    const reading = readBack(goldenTertiary);

    expect(reading.envelopeProblems).toEqual([]);
    expect(reading.problems).toEqual([]);
    expect(reading.file).toEqual(goldenTertiaryClaimFile());
  });

  it('refuses claims a payer would reject, listing every problem and writing nothing', () => {
    const claim = aProfessionalClaim({
      billingProvider: {
        ...aProfessionalClaim().billingProvider,
        npi: '1234567890',
        taxId: '36-1234567',
        taxonomy: '207Q00000',
        address: { line1: 'PO BOX 77', city: 'CHICAGO', state: 'IL', postalCode: '60601' },
      },
      payer: { name: 'ACME HEALTH PLAN', id: ' ' },
      frequency: '8',
      diagnoses: ['E119', 'I10', 'J069', 'M545', 'R51', 'R05', 'R52', 'Z0000', 'K219', 'N390', 'F419', 'G4700', 'E785'],
      serviceLines: [
        aServiceLine({ diagnosisPointers: [14] }),
        aServiceLine({ serviceDate: '2026-02-30', diagnosisPointers: [] }),
      ],
    });

    expect(problemsOf(claim)).toEqual([
      ['missing-value', 'claims[0].payer.id'],
      ['invalid-npi', 'claims[0].billingProvider.npi'],
      ['invalid-tax-id', 'claims[0].billingProvider.taxId'],
      ['invalid-taxonomy', 'claims[0].billingProvider.taxonomy'],
      ['billing-address-not-street', 'claims[0].billingProvider.address'],
      ['postal-code-not-nine-digits', 'claims[0].billingProvider.address.postalCode'],
      ['missing-payer-claim-number', 'claims[0].payerClaimControlNumber'],
      ['too-many-diagnoses', 'claims[0].diagnoses'],
      ['invalid-diagnosis-pointer', 'claims[0].serviceLines[0].diagnosisPointers'],
      ['invalid-date', 'claims[0].serviceLines[1].serviceDate'],
      ['invalid-diagnosis-pointer', 'claims[0].serviceLines[1].diagnosisPointers'],
    ]);
  });

  it("refuses a prior payer's line decision with an impossible date, rather than failing halfway through the file", () => {
    const adjudication = {
      payerId: '60054',
      paid: money(6000, 'USD'),
      procedureCode: '99213',
      units: 1,
      adjustments: [],
      adjudicationDate: '2026-13-01',
    };
    const claim = aProfessionalClaim({ serviceLines: [aServiceLine({ priorPayerAdjudications: [adjudication] })] });

    expect(problemsOf(claim)).toEqual([
      ['invalid-date', 'claims[0].serviceLines[0].priorPayerAdjudications[0].adjudicationDate'],
    ]);
  });

  it('refuses more than 50 lines on one claim, and splitServiceLines makes claims that can be written', () => {
    const lines = Array.from({ length: 120 }, (_, index) => aServiceLine({ charge: money(100 + index, 'USD') }));
    const claim = aProfessionalClaim({ serviceLines: lines });

    expect(problemsOf(claim)).toEqual([['too-many-service-lines', 'claims[0].serviceLines']]);
    const parts = splitServiceLines(claim);
    expect(parts.map((part) => [part.patientControlNumber, part.serviceLines.length])).toEqual([
      ['PCN0001-1', 50],
      ['PCN0001-2', 50],
      ['PCN0001-3', 20],
    ]);
    const written = writeProfessionalClaims(aProfessionalClaimFile(parts), goldenEnvelope);
    expect(readBack(written).file.claims.flatMap((part) => part.serviceLines)).toEqual(lines);
  });

  it('reports, on reading, an HL whose parent is wrong, a child code that no longer holds and a CLM02 that is not the sum of the lines', () => {
    const tampered = golden.replace('HL*4*3*23*0', 'HL*4*1*23*0').replace('CLM*PCN0001*145*', 'CLM*PCN0001*150*');

    expect(readBack(tampered).problems).toEqual([
      expect.objectContaining({ element: 'HL02', segmentId: 'HL', position: 37 }),
      expect.objectContaining({ element: 'CLM02', segmentId: 'CLM', position: 21 }),
      expect.objectContaining({ element: 'HL04', segmentId: 'HL', position: 31 }),
    ]);
  });
});
