import { randomUUID } from 'node:crypto';
import { ClinicActor, someoneAtANewClinic, UseCaseHarness } from '@praxis/testing';
import { startBillingUseCases } from '../../../test/billing-use-cases';
import { aBilledVisit, aDecisionOn, balanceOf, payerDecides } from '../../../test/remittances';
import { AdjustmentResolution } from '../adjustment-review-status';
import { AdjustmentReviewsQueries } from '../adjustment-reviews.queries';
import { AdjustmentReviewQuery } from '../dto/adjustment-review.dto';
import { ResolveAdjustmentReview } from './resolve-adjustment-review.usecase';

describe('ResolveAdjustmentReview', () => {
  let harness: UseCaseHarness;
  let sut: ResolveAdjustmentReview;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(ResolveAdjustmentReview);
  });
  afterAll(() => harness.close());

  /** A visit whose payer paid the office visit less an OA-23 of $10.00, and the injection in full. */
  const aVisitWithAnAdjustmentToReview = async () => {
    const visit = await aBilledVisit(harness);
    await payerDecides(harness, visit.clerk, aDecisionOn(visit, [[['OA', '23', 1_000]], []]));
    const { items } = await harness.as(visit.clerk, () =>
      harness.get(AdjustmentReviewsQueries).page({ limit: 50, status: 'open' } as AdjustmentReviewQuery),
    );
    return { visit, reviewId: items[0].id };
  };
  const resolves = (clerk: ClinicActor, reviewId: string, resolution: AdjustmentResolution, idempotencyKey?: string) =>
    harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), reviewId, resolution, idempotencyKey }));

  it('writes the adjustment off, so the insurer owes nothing more and the patient is not billed', async () => {
    const { visit, reviewId } = await aVisitWithAnAdjustmentToReview();
    const resolved = await resolves(visit.clerk, reviewId, 'written_off');

    expect(resolved).toMatchObject({ status: 'written_off', resolvedBy: visit.clerk.userId });
    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 0, patientResponsibilityMinor: 0 }]);
  });

  it('transfers the adjustment to the patient', async () => {
    const { visit, reviewId } = await aVisitWithAnAdjustmentToReview();
    await resolves(visit.clerk, reviewId, 'transferred_to_patient');

    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 0, patientResponsibilityMinor: 1_000 }]);
  });

  it('answers a retry with the same Idempotency-Key with the first answer and posts once', async () => {
    const { visit, reviewId } = await aVisitWithAnAdjustmentToReview();
    const key = `resolve-${reviewId}`;
    const [first, second] = await Promise.all([
      resolves(visit.clerk, reviewId, 'written_off', key),
      resolves(visit.clerk, reviewId, 'written_off', key),
    ]);

    const asSent = (answer: unknown) => JSON.parse(JSON.stringify(answer));
    expect(asSent(second)).toEqual(asSent(first));
    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 0, patientResponsibilityMinor: 0 }]);
  });

  it('refuses to decide an adjustment twice, in words, and changes nothing', async () => {
    const { visit, reviewId } = await aVisitWithAnAdjustmentToReview();
    await resolves(visit.clerk, reviewId, 'written_off');

    await expect(resolves(visit.clerk, reviewId, 'transferred_to_patient')).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('was already written off'),
    });
    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 0, patientResponsibilityMinor: 0 }]);
  });

  it("answers 404 for another clinic's adjustment, as for one that does not exist", async () => {
    const { visit, reviewId } = await aVisitWithAnAdjustmentToReview();
    const elsewhere = someoneAtANewClinic('billing_clerk');

    await expect(resolves(elsewhere, reviewId, 'written_off')).rejects.toMatchObject({ status: 404 });
    await expect(resolves(visit.clerk, randomUUID(), 'written_off')).rejects.toMatchObject({ status: 404 });
    expect(await balanceOf(harness, visit)).toEqual([{ insurancePendingMinor: 1_000, patientResponsibilityMinor: 0 }]);
  });
});
