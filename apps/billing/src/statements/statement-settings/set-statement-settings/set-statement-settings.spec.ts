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
    const manager = await aChicagoClinicWithPrices(harness);
    const otherClinic = await aChicagoClinicWithPrices(harness);
    const settingsOf = (clinic: typeof manager) =>
      harness.as(clinic, () => harness.get(StatementsQueries).settings(clinic.tenantId));
    await expect(settingsOf(manager)).rejects.toThrow(NotFoundError);

    await theClinicSetsItsStatementSettings(harness, manager);
    await theClinicSetsItsStatementSettings(harness, manager, {
      returnAddress: { line1: '200 N Main St', line2: 'Suite 5', city: 'Evanston', state: 'IL', postalCode: '60201' },
    });

    expect(await settingsOf(manager)).toMatchObject({
      tenantId: manager.tenantId,
      payToName: 'Lakeside Family Medicine LLC',
      returnAddress: { line1: '200 N Main St', line2: 'Suite 5', city: 'Evanston', state: 'IL', postalCode: '60201' },
      billingPhone: '3125550142',
    });
    await expect(
      harness.as(otherClinic, () => harness.get(StatementsQueries).settings(manager.tenantId)),
    ).rejects.toThrow(NotFoundError);
  });
});
