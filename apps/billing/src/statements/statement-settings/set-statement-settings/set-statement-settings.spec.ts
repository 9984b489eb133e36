import { NotFoundError } from '@praxis/platform';
import { UseCaseHarness } from '@praxis/testing';
import { aChicagoClinicWithPrices, startBillingUseCases } from '../../../../test/billing-use-cases';
import { theClinicSetsItsStatementSettings } from '../../../../test/statement-builders';
import { StatementsQueries } from '../../statements.queries';

describe('SetStatementSettings', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startBillingUseCases();
  });
  afterAll(() => harness.close());

  it('keeps the clinic’s latest settings whole, which no other clinic reads', async () => {
    const clerk = await aChicagoClinicWithPrices(harness);
    const otherClinic = await aChicagoClinicWithPrices(harness);
    const settingsOf = (clinic: typeof clerk) =>
      harness.as(clinic, () => harness.get(StatementsQueries).settings(clinic.tenantId));
    await expect(settingsOf(clerk)).rejects.toThrow(NotFoundError);

    await theClinicSetsItsStatementSettings(harness, clerk);
    await theClinicSetsItsStatementSettings(harness, clerk, {
      returnAddress: { line1: '200 N Main St', line2: 'Suite 5', city: 'Evanston', state: 'IL', postalCode: '60201' },
    });

    expect(await settingsOf(clerk)).toMatchObject({
      tenantId: clerk.tenantId,
      payToName: 'Lakeside Family Medicine LLC',
      returnAddress: { line1: '200 N Main St', line2: 'Suite 5', city: 'Evanston', state: 'IL', postalCode: '60201' },
      billingPhone: '3125550142',
    });
    await expect(
      harness.as(otherClinic, () => harness.get(StatementsQueries).settings(clerk.tenantId)),
    ).rejects.toThrow(NotFoundError);
  });
});
