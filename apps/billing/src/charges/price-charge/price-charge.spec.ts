import { UnprocessableError } from '@praxis/platform';
import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import {
  aClinicWithPrices,
  releases,
  schedulingCompletes,
  startBillingUseCases,
} from '../../../test/billing-use-cases';
import { BillingVisit } from '../billing-visit.entity';
import { ChargesQueries } from '../charges.queries';
import { PriceChargeDto } from '../dto/charge-price.dto';
import { ChargeNotPriceableError, PriceCharge } from './price-charge.usecase';

describe('PriceCharge', () => {
  let harness: UseCaseHarness;
  let sut: PriceCharge;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(PriceCharge);
  });
  afterAll(() => harness.close());

  const price = (clerk: ClinicActor, visitId: string, chargeId: string, request: PriceChargeDto) =>
    harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), ...request, visitId, chargeId }));
  const visit = (clerk: ClinicActor, visitId: string) =>
    harness.as(clerk, () => harness.get(ChargesQueries).get(visitId));
  const linesOf = ({ charges }: BillingVisit) => charges ?? [];

  /** An office visit the schedule prices and a joint injection (20610) it has no price for. */
  const aVisitInReview = async (clerk: ClinicActor) => {
    const visitId = await schedulingCompletes(harness, clerk, {
      procedures: [
        { code: '99213', modifiers: [], units: 1, diagnosisPointers: [1] },
        { code: '20610', modifiers: [], units: 2, diagnosisPointers: [2] },
      ],
    });
    const [priced, unpriced] = linesOf(await visit(clerk, visitId));
    return { visitId, pricedId: priced.id, unpricedId: unpriced.id };
  };

  it("sets the clerk's unit price on the unpriced line, and the visit is ready to release", async () => {
    const clerk = await aClinicWithPrices(harness);
    const { visitId, unpricedId } = await aVisitInReview(clerk);

    const priced = await price(clerk, visitId, unpricedId, { unitPriceMinor: 9_000 });

    expect(priced).toMatchObject({ status: 'ready', currency: 'USD' });
    expect(linesOf(priced)[1]).toMatchObject({ procedureCode: '20610', unitPriceMinor: 9_000, amountMinor: 18_000 });
    expect(await releases(harness, clerk, visitId)).toMatchObject({ status: 'released' });
  });

  it('prices a corrected code from the schedule in force', async () => {
    const clerk = await aClinicWithPrices(harness, { rows: ['99213,,,125.00', '20611,,,95.00'] });
    const { visitId, unpricedId } = await aVisitInReview(clerk);

    const priced = await price(clerk, visitId, unpricedId, { procedureCode: '20611' });

    expect(priced.status).toBe('ready');
    expect(linesOf(priced)[1]).toMatchObject({ procedureCode: '20611', unitPriceMinor: 9_500, amountMinor: 19_000 });
  });

  it("prices a visit before the clinic's first schedule in the currency of the clinic's schedules", async () => {
    const clerk = await aClinicWithPrices(harness, { effectiveFrom: '2026-06-01' });
    const visitId = await schedulingCompletes(harness, clerk);
    const [line] = linesOf(await visit(clerk, visitId));

    expect(await price(clerk, visitId, line.id, { unitPriceMinor: 12_500 })).toMatchObject({
      status: 'ready',
      currency: 'USD',
    });
  });

  it('keeps the visit in review while another line is still unpriced', async () => {
    const clerk = await aClinicWithPrices(harness);
    const visitId = await schedulingCompletes(harness, clerk, {
      procedures: [
        { code: '20610', modifiers: [], units: 1, diagnosisPointers: [1] },
        { code: '20611', modifiers: [], units: 1, diagnosisPointers: [1] },
      ],
    });
    const [first] = linesOf(await visit(clerk, visitId));
    expect(await price(clerk, visitId, first.id, { unitPriceMinor: 9_000 })).toMatchObject({ status: 'needs_review' });
  });

  it('refuses a code without a price, both or neither, a priced line and a released visit, changing nothing', async () => {
    const clerk = await aClinicWithPrices(harness);
    const { visitId, pricedId, unpricedId } = await aVisitInReview(clerk);
    const released = await schedulingCompletes(harness, clerk);
    await releases(harness, clerk, released);
    const releasedCharge = linesOf(await visit(clerk, released))[0].id;
    const before = await visit(clerk, visitId);

    await expect(price(clerk, visitId, unpricedId, { procedureCode: '20611' })).rejects.toBeInstanceOf(
      UnprocessableError,
    );
    await expect(
      price(clerk, visitId, unpricedId, { procedureCode: '99213', unitPriceMinor: 100 }),
    ).rejects.toBeInstanceOf(UnprocessableError);
    await expect(price(clerk, visitId, unpricedId, {})).rejects.toBeInstanceOf(UnprocessableError);
    await expect(price(clerk, visitId, pricedId, { unitPriceMinor: 100 })).rejects.toBeInstanceOf(
      ChargeNotPriceableError,
    );
    await expect(price(clerk, released, releasedCharge, { unitPriceMinor: 100 })).rejects.toBeInstanceOf(
      ChargeNotPriceableError,
    );

    expect(await visit(clerk, visitId)).toEqual(before);
  });
});
