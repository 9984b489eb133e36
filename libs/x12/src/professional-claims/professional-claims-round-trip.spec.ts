import fc from 'fast-check';
import { money } from '@praxis/domain';
import { goldenEnvelope } from '../../test/golden-claim-file';
import { aProfessionalClaim, aProfessionalClaimFile } from '../../test/professional-claim-builders';
import { Adjustment } from '../adjustments/claim-adjustments';
import { readX12 } from '../core/read-x12';
import { OtherPayer, PayerResponsibility, ProfessionalClaim, ServiceLine } from './professional-claim';

const PAYER_ORDER: PayerResponsibility[] = ['P', 'S', 'T'];
import { readProfessionalClaims } from './read-837p';
import { writeProfessionalClaims } from './write-837p';

const word = fc.stringMatching(/^[A-Z][A-Z0-9 ]{0,20}[A-Z0-9]$/);
const isoDate = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const amount = fc.integer({ min: 0, max: 10_000_000 }).map((minor) => money(minor, 'USD'));
const diagnosis = fc.stringMatching(/^[A-TV-Z][0-9][0-9AB][0-9A-TV-Z]{0,4}$/);
const procedure = fc.stringMatching(/^([0-9]{4}[0-9A-Z]|[A-V][0-9]{4})$/);

// The writer groups CAS triplets by group code, so adjustments are generated in that order.
const adjustments = fc
  .tuple(
    ...(['CO', 'PR', 'OA', 'PI'] as const).map((group) =>
      fc.array(
        fc.record({
          group: fc.constant(group),
          reason: fc.constantFrom('1', '2', '3', '23', '45', '94', 'A2', 'B6'),
          amount,
        }),
        {
          maxLength: 7,
        },
      ),
    ),
  )
  .map((groups): Adjustment[] => groups.flat());

const serviceLine = (diagnoses: number): fc.Arbitrary<ServiceLine> =>
  fc.record(
    {
      procedureCode: procedure,
      modifiers: fc.array(fc.constantFrom('25', '59', 'GP', 'QW', 'LT', 'RT', '76'), { minLength: 1, maxLength: 4 }),
      charge: amount,
      units: fc.integer({ min: 1, max: 99 }),
      serviceDate: isoDate,
      diagnosisPointers: fc.uniqueArray(fc.integer({ min: 1, max: diagnoses }), { minLength: 1, maxLength: 4 }),
      lineControlNumber: fc.stringMatching(/^[A-Z0-9]{1,30}$/),
      priorPayerAdjudications: fc.array(
        fc.record({
          payerId: fc.constantFrom('60054', 'BCBS1', 'MCR01'),
          paid: amount,
          procedureCode: procedure,
          units: fc.integer({ min: 1, max: 99 }),
          adjustments,
          adjudicationDate: isoDate,
        }),
        { minLength: 1, maxLength: 2 },
      ),
    },
    { requiredKeys: ['procedureCode', 'charge', 'units', 'serviceDate', 'diagnosisPointers'] },
  );

// Payers decide in their order of payment: a claim's prior payers are P, then S, and its own payer the next.
const otherPayers = fc
  .array(
    fc.record(
      {
        payer: fc.record({ name: word, id: fc.stringMatching(/^[A-Z0-9]{5}$/) }),
        subscriber: fc.record({
          memberId: fc.stringMatching(/^[A-Z0-9]{5,20}$/),
          name: fc.record({ last: word, first: word }),
          relationship: fc.constantFrom('18' as const, '01' as const, '19' as const, 'G8' as const),
        }),
        claimFilingIndicator: fc.constantFrom('CI', 'MB', 'MC', 'BL'),
        paid: amount,
        adjustments,
        adjudicationDate: isoDate,
      },
      { requiredKeys: ['payer', 'subscriber', 'claimFilingIndicator', 'paid', 'adjustments'] },
    ),
    { maxLength: 2 },
  )
  .map((payers): OtherPayer[] => payers.map((payer, index) => ({ ...payer, responsibility: PAYER_ORDER[index] })));

const claim: fc.Arbitrary<ProfessionalClaim> = fc
  .uniqueArray(diagnosis, { minLength: 1, maxLength: 12 })
  .chain((diagnoses) =>
    fc.record({
      patientControlNumber: fc.stringMatching(/^[A-Z0-9]{1,38}$/),
      frequency: fc.constantFrom('1' as const, '7' as const, '8' as const),
      payerClaimControlNumber: fc.stringMatching(/^[A-Z0-9]{5,20}$/),
      placeOfService: fc.constantFrom('11', '02', '22'),
      memberId: fc.stringMatching(/^[A-Z0-9]{5,20}$/),
      lastName: word,
      birthDate: isoDate,
      serviceLines: fc.array(serviceLine(diagnoses.length), { minLength: 1, maxLength: 50 }),
      diagnoses: fc.constant(diagnoses),
      otherPayers,
    }),
  )
  .map(({ memberId, lastName, birthDate, frequency, payerClaimControlNumber, otherPayers, ...rest }) => {
    const base = aProfessionalClaim();
    return {
      ...base,
      ...rest,
      ...(otherPayers.length > 0
        ? { otherPayers, payerResponsibility: PAYER_ORDER[otherPayers.length] }
        : { payerResponsibility: 'P' as const }),
      frequency,
      ...(frequency === '1' ? {} : { payerClaimControlNumber }),
      subscriber: { ...base.subscriber, memberId, name: { last: lastName, first: 'ANA' }, birthDate },
    };
  });

describe('837P round trip', () => {
  it('reads back every claim it writes', () => {
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 5 }), (claims) => {
        const document = readX12(writeProfessionalClaims(aProfessionalClaimFile(claims), goldenEnvelope));
        const reading = readProfessionalClaims(
          document.interchanges[0].groups[0].transactionSets[0],
          document.delimiters,
        );

        expect(document.problems).toEqual([]);
        expect(reading.problems).toEqual([]);
        expect(reading.file.claims).toEqual(claims);
      }),
      { numRuns: 40 },
    );
  });
});
