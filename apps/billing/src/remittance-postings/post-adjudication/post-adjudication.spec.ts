import { randomUUID } from 'node:crypto';
import { listenToTopic, someoneAtANewClinic, TopicListener, UseCaseHarness } from '@praxis/testing';
import { startBillingUseCases } from '../../../test/billing-use-cases';
import {
  aBilledVisit,
  aDecisionOn,
  agingOf,
  balanceOf,
  BilledVisit,
  heardAgain,
  PAYER_ID,
  payerDecides,
} from '../../../test/remittances';
import { BalancesQueries } from '../../ledger/balances.queries';
import { DaySheetQueries } from '../../ledger/day-sheet.queries';
import { AdjustmentReviewsQueries } from '../adjustment-reviews.queries';
import { AdjustmentReviewQuery } from '../dto/adjustment-review.dto';

describe('PostAdjudication (claim.adjudicated heard on claims.claims)', () => {
  let harness: UseCaseHarness;
  let deadLetters: TopicListener;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    deadLetters = await listenToTopic('claims.claims.dlt');
  });
  afterAll(async () => {
    await deadLetters.stop();
    await harness.close();
  });

  const daySheetOf = async ({ clerk }: BilledVisit) => {
    const today = harness.clock.now().toISOString().slice(0, 10);
    const { rows } = await harness.as(clerk, () => harness.get(DaySheetQueries).daySheet({ from: today, to: today }));
    return rows.map(({ kind, postings, receivablesMinor }) => ({ kind, postings, receivablesMinor }));
  };
  const reviewsOf = ({ clerk }: BilledVisit) =>
    harness.as(clerk, () =>
      harness.get(AdjustmentReviewsQueries).page({ limit: 50, status: 'open' } as AdjustmentReviewQuery),
    );

  it("posts the insurer's payment, writes the contractual adjustment off and bills the patient the co-pay", async () => {
    const visit = await aBilledVisit(harness);
    await payerDecides(
      harness,
      visit.clerk,
      aDecisionOn(visit, [
        [
          ['CO', '45', 2_500],
          ['PR', '3', 2_000],
        ],
        [],
      ]),
    );

    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 0, patientResponsibilityMinor: 2_000 }]);
    expect(await agingOf(harness, visit)).toEqual([
      { owedBy: 'patient', debtorId: visit.patientId, totalMinor: 2_000 },
    ]);
    expect(await daySheetOf(visit)).toEqual(
      expect.arrayContaining([
        { kind: 'insurer_payment', postings: 2, receivablesMinor: -(8_000 + 5_000) },
        { kind: 'contractual_adjustment', postings: 1, receivablesMinor: -2_500 },
        { kind: 'transfer', postings: 1, receivablesMinor: 0 },
      ]),
    );
  });

  it("shows on the visit's own balance what the insurer and the patient still owe after the decision", async () => {
    const visit = await aBilledVisit(harness);
    const visitBalance = () => harness.as(visit.clerk, () => harness.get(BalancesQueries).visit(visit.visitId));
    expect(await visitBalance()).toEqual({
      visitId: visit.visitId,
      balances: [{ currency: 'USD', insurancePendingMinor: 17_500, patientResponsibilityMinor: 0 }],
    });

    await payerDecides(
      harness,
      visit.clerk,
      aDecisionOn(visit, [
        [
          ['CO', '45', 2_500],
          ['PR', '3', 2_000],
        ],
        [['OA', '23', 300]],
      ]),
    );

    expect((await visitBalance()).balances).toEqual([
      { currency: 'USD', insurancePendingMinor: 300, patientResponsibilityMinor: 2_000 },
    ]);
    await expect(
      harness.as(someoneAtANewClinic('billing_clerk'), () => harness.get(BalancesQueries).visit(visit.visitId)),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('bills the patient the deductible and the co-insurance, whatever PR reason the payer gives', async () => {
    const visit = await aBilledVisit(harness);
    const [office, injection] = [
      [
        ['PR', '1', 5_000],
        ['PR', '2', 1_500],
        ['CO', '45', 1_000],
      ],
      [['PR', '187', 700]],
    ];
    await payerDecides(harness, visit.clerk, aDecisionOn(visit, [office, injection] as never));

    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 0, patientResponsibilityMinor: 7_200 }]);
  });

  it('posts a zero-pay denial: nothing is paid, and the denial is written off or billed as its adjustments say', async () => {
    const visit = await aBilledVisit(harness);
    await payerDecides(harness, visit.clerk, aDecisionOn(visit, [[['CO', '50', 12_500]], [['PR', '96', 5_000]]]));

    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 0, patientResponsibilityMinor: 5_000 }]);
    expect((await daySheetOf(visit)).map(({ kind }) => kind)).not.toContain('insurer_payment');
  });

  it("takes what the payer withheld at claim level out of the visit's payment", async () => {
    const visit = await aBilledVisit(harness);
    const decision = aDecisionOn(
      visit,
      [[], []],
      [
        ['CO', '45', 3_000],
        ['PR', '3', 1_500],
      ],
    );
    await payerDecides(harness, visit.clerk, decision);

    expect(decision.paidMinor).toBe(17_500 - 4_500);
    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 0, patientResponsibilityMinor: 1_500 }]);
    const payments = (await daySheetOf(visit)).filter(({ kind }) => kind === 'insurer_payment');
    expect(payments.reduce((sum, { receivablesMinor }) => sum + receivablesMinor, 0)).toBe(-decision.paidMinor);
  });

  it("leaves OA, PI and CR adjustments owed by the insurer, on the clerk's worklist", async () => {
    const visit = await aBilledVisit(harness);
    await payerDecides(
      harness,
      visit.clerk,
      aDecisionOn(
        visit,
        [
          [
            ['OA', '23', 1_000],
            ['CO', '45', 2_500],
          ],
          [['PI', '104', 400]],
        ],
        [['CR', '129', 100]],
      ),
    );

    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 1_500, patientResponsibilityMinor: 0 }]);
    expect(await agingOf(harness, visit)).toEqual([{ owedBy: 'payer', debtorId: PAYER_ID, totalMinor: 1_500 }]);
    const { items } = await reviewsOf(visit);
    expect(items.map(({ group, reason, amountMinor, chargeId }) => ({ group, reason, amountMinor, chargeId }))).toEqual(
      expect.arrayContaining([
        { group: 'OA', reason: '23', amountMinor: 1_000, chargeId: visit.charges[0].chargeId },
        { group: 'PI', reason: '104', amountMinor: 400, chargeId: visit.charges[1].chargeId },
        { group: 'CR', reason: '129', amountMinor: 100, chargeId: null },
      ]),
    );
    expect(items).toHaveLength(3);
  });

  it('posts a decision once, however often it is heard, even under a new event id', async () => {
    const visit = await aBilledVisit(harness);
    const decision = aDecisionOn(visit, [
      [
        ['CO', '45', 2_500],
        ['PR', '3', 2_000],
      ],
      [['OA', '23', 500]],
    ]);
    const heard = await payerDecides(harness, visit.clerk, decision);
    await heardAgain(harness, heard);
    await payerDecides(harness, visit.clerk, decision);

    expect(await balanceOf(harness, visit)).toEqual([
      { insurancePendingMinor: 500, patientResponsibilityMinor: 2_000 },
    ]);
    expect((await reviewsOf(visit)).items).toHaveLength(1);
  });

  it('parks a decision on a visit billing never captured, posting nothing', async () => {
    const visit = await aBilledVisit(harness);
    const stranger = { ...visit, visitId: randomUUID() };
    await payerDecides(harness, visit.clerk, aDecisionOn(stranger, [[['CO', '45', 2_500]], []]));

    const parked = await deadLetters.eventsOf(visit.clerk.tenantId, 1);
    expect(parked.map(({ payload }) => payload.visitId)).toEqual([stranger.visitId]);
    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 17_500, patientResponsibilityMinor: 0 }]);
  });
});
