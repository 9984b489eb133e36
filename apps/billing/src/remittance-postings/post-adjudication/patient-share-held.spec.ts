import { UseCaseHarness } from '@praxis/testing';
import { startBillingUseCases } from '../../../test/billing-use-cases';
import { aBilledVisit, aDecisionOn, BilledVisit, Cas, payerDecides } from '../../../test/remittances';
import { BalancesQueries } from '../../ledger/balances.queries';

describe('PostAdjudication while a later payer is billed (patientShareHeldForPayerId)', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startBillingUseCases();
  });
  afterAll(() => harness.close());

  const balanceOf = async ({ clerk, patientId }: BilledVisit) => {
    const { balances } = await harness.as(clerk, () => harness.get(BalancesQueries).patient(patientId));
    return balances.map(({ insurancePendingMinor, patientResponsibilityMinor }) => ({
      insurancePendingMinor,
      patientResponsibilityMinor,
    }));
  };

  it("keeps the patient's share owed by insurance for the secondary payer, and bills the patient nothing yet", async () => {
    const visit = await aBilledVisit(harness);
    const decision = aDecisionOn(visit, [
      [
        ['CO', '45', 2_500],
        ['PR', '2', 2_000],
      ],
      [],
    ]);

    await payerDecides(harness, visit.clerk, { ...decision, patientShareHeldForPayerId: '87726' });

    expect(await balanceOf(visit)).toEqual([{ insurancePendingMinor: 2_000, patientResponsibilityMinor: 0 }]);
  });

  it("holds the patient's share through the secondary's decision for the tertiary, and bills it after the tertiary's", async () => {
    const visit = await aBilledVisit(harness);
    const priorPayersPaid = (paidMinor: number): Cas => ['OA', '23', paidMinor];
    const primary = aDecisionOn(visit, [
      [
        ['CO', '45', 2_500],
        ['PR', '2', 2_000],
      ],
      [],
    ]);
    const secondary = aDecisionOn(visit, [[priorPayersPaid(10_500), ['PR', '2', 500]], [priorPayersPaid(5_000)]]);
    const tertiary = aDecisionOn(visit, [[priorPayersPaid(12_000), ['PR', '2', 200]], [priorPayersPaid(5_000)]]);

    await payerDecides(harness, visit.clerk, { ...primary, patientShareHeldForPayerId: '87726' });
    await payerDecides(harness, visit.clerk, { ...secondary, payerId: '87726', patientShareHeldForPayerId: 'SKIL0' });
    const afterSecondary = await balanceOf(visit);
    await payerDecides(harness, visit.clerk, { ...tertiary, payerId: 'SKIL0', patientShareHeldForPayerId: null });

    expect(afterSecondary).toEqual([{ insurancePendingMinor: 500, patientResponsibilityMinor: 0 }]);
    expect(await balanceOf(visit)).toEqual([{ insurancePendingMinor: 0, patientResponsibilityMinor: 200 }]);
  });
});
