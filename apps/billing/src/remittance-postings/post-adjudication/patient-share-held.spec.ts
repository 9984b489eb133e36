import { UseCaseHarness } from '@praxis/testing';
import { startBillingUseCases } from '../../../test/billing-use-cases';
import { aBilledVisit, aDecisionOn, BilledVisit, payerDecides } from '../../../test/remittances';
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
});
