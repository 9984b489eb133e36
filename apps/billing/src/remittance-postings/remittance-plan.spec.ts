import { adjustmentGroups } from '@praxis/contracts';
import { money } from '@praxis/domain';
import fc from 'fast-check';
import { balanceOf } from '../ledger/ledger-postings';
import { Adjudication, remittancePlan } from './remittance-plan';

const amount = fc.integer({ min: -50_000, max: 50_000 });
const adjustment = fc.record({
  group: fc.constantFrom(...adjustmentGroups),
  reason: fc.constantFrom('1', '2', '3', '23', '45', '96', 'B7'),
  amountMinor: amount,
});
const line = fc
  .record({ chargeId: fc.uuid(), chargeMinor: amount, adjustments: fc.array(adjustment, { maxLength: 6 }) })
  .map(({ chargeMinor, adjustments, ...rest }) => ({
    ...rest,
    procedureCode: '99213',
    chargeMinor,
    adjustments,
    paidMinor: chargeMinor - adjustments.reduce((sum, cas) => sum + cas.amountMinor, 0),
  }));
/** Any balanced remittance for one claim, signed as payers send them (reversal-style negatives included). */
const adjudication: fc.Arbitrary<Adjudication> = fc
  .record({
    lines: fc.array(line, { minLength: 1, maxLength: 5 }),
    adjustments: fc.array(adjustment, { maxLength: 4 }),
  })
  .map(({ lines, adjustments }) => ({
    adjudicationId: '2b1c6a5e-3f0e-4a55-9d4e-0f0c2f6b9a11',
    claimId: '7d2f3c1a-1b2c-4d5e-8f90-a1b2c3d4e5f6',
    visitId: '0c9a8b7c-6d5e-4f30-9a1b-2c3d4e5f6a7b',
    patientId: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c',
    payerId: '60054',
    currency: 'USD',
    payerClaimControlNumber: null,
    claimStatus: 'partially_paid',
    paidMinor:
      lines.reduce((sum, { paidMinor }) => sum + paidMinor, 0) -
      adjustments.reduce((sum, cas) => sum + cas.amountMinor, 0),
    lines,
    adjustments,
  }));

const allAdjustments = (decision: Adjudication) => [
  ...decision.lines.flatMap((remitted) => remitted.adjustments),
  ...decision.adjustments,
];
const total = (amounts: { amountMinor: number }[]) => amounts.reduce((sum, { amountMinor }) => sum + amountMinor, 0);

describe('remittancePlan', () => {
  it('takes the charges out of what the insurer owes: paid, written off, billed to the patient or left for review', () => {
    fc.assert(
      fc.property(adjudication, (decision) => {
        const { entries, reviews } = remittancePlan(decision);
        const lines = entries.flatMap(({ posting }) => posting.lines);
        const charged = decision.lines.reduce((sum, { chargeMinor }) => sum + chargeMinor, 0);
        const byGroup = (group: string) => total(allAdjustments(decision).filter((cas) => cas.group === group));

        expect(total(lines.filter(({ account }) => account === 'cash').map(({ amount }) => amount))).toBe(
          decision.paidMinor,
        );
        expect(balanceOf(lines, 'USD')).toMatchObject({
          insurancePending: money(total(reviews.map(({ amount }) => amount)) - charged, 'USD'),
          patientResponsibility: money(byGroup('PR'), 'USD'),
        });
        expect(
          total(lines.filter(({ account }) => account === 'contractual_adjustment').map(({ amount }) => amount)),
        ).toBe(byGroup('CO'));
      }),
    );
  });

  it('leaves the patient share owed by insurance while a later payer is billed for it', () => {
    fc.assert(
      fc.property(adjudication, (decision) => {
        const held = remittancePlan({ ...decision, patientShareHeldForPayerId: '87726' });
        const lines = held.entries.flatMap(({ posting }) => posting.lines);
        expect(held.entries.some(({ posting }) => posting.kind === 'transfer')).toBe(false);
        expect(balanceOf(lines, 'USD').patientResponsibility).toEqual(money(0, 'USD'));
      }),
    );
  });

  it('keeps each payment and adjustment on the charge it answers, and claim-level ones on the visit', () => {
    const decision: Adjudication = {
      ...fc.sample(adjudication, 1)[0],
      lines: [
        {
          chargeId: 'a7c1e2d3-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
          procedureCode: '99213',
          chargeMinor: 12_500,
          paidMinor: 9_000,
          adjustments: [
            { group: 'CO', reason: '45', amountMinor: 2_500 },
            { group: 'OA', reason: '23', amountMinor: 1_000 },
          ],
        },
      ],
      adjustments: [{ group: 'PR', reason: '3', amountMinor: 1_500 }],
      paidMinor: 7_500,
    };
    const { entries, reviews } = remittancePlan(decision);

    expect(
      entries.map(({ chargeId, posting }) => [chargeId, posting.kind, posting.lines[0].amount.amountMinor]),
    ).toEqual([
      ['a7c1e2d3-4b5a-4c6d-8e7f-9a0b1c2d3e4f', 'insurer_payment', 9_000],
      ['a7c1e2d3-4b5a-4c6d-8e7f-9a0b1c2d3e4f', 'contractual_adjustment', 2_500],
      [null, 'insurer_payment', -1_500],
      [null, 'transfer', 1_500],
    ]);
    expect(reviews).toEqual([
      { chargeId: 'a7c1e2d3-4b5a-4c6d-8e7f-9a0b1c2d3e4f', group: 'OA', reason: '23', amount: money(1_000, 'USD') },
    ]);
  });
});
