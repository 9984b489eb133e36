import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import { startBillingUseCases } from '../../../test/billing-use-cases';
import {
  aBilledVisit,
  aDecisionOn,
  agingOf,
  balanceOf,
  heardAgain,
  PAYER_ID,
  payerDecides,
  payerReverses,
} from '../../../test/remittances';
import { DaySheetQueries } from '../../ledger/day-sheet.queries';
import { AdjustmentReviewsQueries } from '../adjustment-reviews.queries';
import { AdjustmentReviewQuery } from '../dto/adjustment-review.dto';
import { ResolveAdjustmentReview } from '../resolve-adjustment-review/resolve-adjustment-review.usecase';

describe('ReverseAdjudication (claim.adjudication-reversed heard on claims.claims)', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startBillingUseCases();
  });
  afterAll(() => harness.close());

  const reviewsOf = (clerk: ClinicActor) =>
    harness.as(clerk, () => harness.get(AdjustmentReviewsQueries).page({ limit: 50 } as AdjustmentReviewQuery));

  it('mirrors exactly what the decision posted, and the corrected decision then posts afresh', async () => {
    const visit = await aBilledVisit(harness);
    const first = aDecisionOn(visit, [
      [
        ['CO', '45', 2_500],
        ['PR', '3', 2_000],
      ],
      [['PR', '1', 5_000]],
    ]);
    await payerDecides(harness, visit.clerk, first);
    await payerReverses(harness, visit.clerk, first);

    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 17_500, patientResponsibilityMinor: 0 }]);
    expect(await agingOf(harness, visit)).toEqual([{ owedBy: 'payer', debtorId: PAYER_ID, totalMinor: 17_500 }]);

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
  });

  it("shows the reversal on the day sheet, undoing the decision's receivables", async () => {
    const visit = await aBilledVisit(harness);
    const decision = aDecisionOn(visit, [[['CO', '45', 2_500]], []]);
    await payerDecides(harness, visit.clerk, decision);
    await payerReverses(harness, visit.clerk, decision);

    const today = harness.clock.now().toISOString().slice(0, 10);
    const { rows } = await harness.as(visit.clerk, () =>
      harness.get(DaySheetQueries).daySheet({ from: today, to: today }),
    );
    const reversal = rows.find(({ kind }) => kind === 'reversal');
    expect(reversal).toMatchObject({ postings: 3, receivablesMinor: 2_500 + 10_000 + 5_000 });
  });

  it("takes back a clerk's decision on its adjustments and withdraws those still open", async () => {
    const visit = await aBilledVisit(harness);
    const decision = aDecisionOn(visit, [[['OA', '23', 1_000]], [['PI', '104', 400]]]);
    await payerDecides(harness, visit.clerk, decision);
    const [decided] = (await reviewsOf(visit.clerk)).items.filter(({ group }) => group === 'OA');
    await harness.as(visit.clerk, () =>
      harness.get(ResolveAdjustmentReview).execute({
        ...harness.commandFor(visit.clerk),
        reviewId: decided.id,
        resolution: 'transferred_to_patient',
      }),
    );

    await payerReverses(harness, visit.clerk, decision);

    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 17_500, patientResponsibilityMinor: 0 }]);
    expect((await reviewsOf(visit.clerk)).items.map(({ status }) => status)).toEqual(['withdrawn', 'withdrawn']);
  });

  it('reverses once, however often the reversal is heard', async () => {
    const visit = await aBilledVisit(harness);
    const decision = aDecisionOn(visit, [
      [
        ['CO', '45', 2_500],
        ['PR', '3', 2_000],
      ],
      [],
    ]);
    await payerDecides(harness, visit.clerk, decision);
    const reversal = await payerReverses(harness, visit.clerk, decision);
    await heardAgain(harness, reversal);
    await payerReverses(harness, visit.clerk, decision);

    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 17_500, patientResponsibilityMinor: 0 }]);
  });
});
