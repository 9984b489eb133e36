import { UnprocessableError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import { aClerkAtANewClinic, feeScheduleCsv, startBillingUseCases } from '../../../test/billing-use-cases';
import { priceOn, PricedProcedure } from '../fee-schedule-pricing';
import { FeeScheduleDateTakenError } from '../fee-schedule-rules';
import { FeeSchedule } from '../fee-schedule.entity';
import { ImportFeeSchedule } from './import-fee-schedule.usecase';

describe('ImportFeeSchedule', () => {
  let harness: UseCaseHarness;
  let sut: ImportFeeSchedule;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(ImportFeeSchedule);
  });
  afterAll(() => harness.close());

  const importAs = (clerk: ClinicActor, effectiveFrom: string, csv: string) =>
    harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), effectiveFrom, currency: 'USD', csv }));

  const quote = (clerk: ClinicActor, procedure: Partial<PricedProcedure> & { dateOfService: string }) =>
    harness.as(clerk, () =>
      harness
        .get(TenantTransactions)
        .run((manager) => priceOn(manager, { procedureCode: '99213', modifiers: [], ...procedure })),
    );

  const schedulesOf = (clerk: ClinicActor) =>
    harness.as(clerk, () => harness.get(TenantTransactions).run((manager) => manager.countBy(FeeSchedule, {})));

  it('prices a visit by the schedule in force on its date of service', async () => {
    const clerk = aClerkAtANewClinic();
    await importAs(clerk, '2026-01-01', feeScheduleCsv('99213,,,120.00'));
    await importAs(clerk, '2026-07-01', feeScheduleCsv('99213,,,130.00'));

    expect((await quote(clerk, { dateOfService: '2025-12-31' }))?.charge).toBeUndefined();
    expect((await quote(clerk, { dateOfService: '2026-06-30' }))?.charge).toEqual({
      amountMinor: 12_000,
      currency: 'USD',
    });
    expect((await quote(clerk, { dateOfService: '2026-07-01' }))?.charge).toEqual({
      amountMinor: 13_000,
      currency: 'USD',
    });
  });

  it("keeps each payer's contracted amount, and a modifier's own price where it has one", async () => {
    const clerk = aClerkAtANewClinic();
    const schedule = await importAs(
      clerk,
      '2026-01-01',
      feeScheduleCsv('99213,,,125.00', '99213,,60054,98.40', '73030,26,,40.00', '73030,,,110.00'),
    );

    expect(schedule.prices?.map(({ procedureCode, modifiers }) => `${procedureCode} ${modifiers.join(' ')}`)).toEqual([
      '73030 ',
      '73030 26',
      '99213 ',
    ]);
    const onDate = { dateOfService: '2026-03-02' };
    expect(await quote(clerk, { ...onDate, payerId: '60054' })).toMatchObject({
      charge: { amountMinor: 12_500 },
      allowed: { amountMinor: 9_840 },
    });
    expect(await quote(clerk, { ...onDate, payerId: '87726' })).toMatchObject({ allowed: null });
    expect(await quote(clerk, { ...onDate, procedureCode: '73030', modifiers: ['26'] })).toMatchObject({
      charge: { amountMinor: 4_000 },
    });
    expect(await quote(clerk, { ...onDate, modifiers: ['25'] })).toMatchObject({ charge: { amountMinor: 12_500 } });
    expect(await quote(clerk, { ...onDate, procedureCode: '99499' })).toBeUndefined();
  });

  it('imports nothing from a file with a malformed row', async () => {
    const clerk = aClerkAtANewClinic();
    await expect(
      importAs(clerk, '2026-01-01', feeScheduleCsv('99213,,,125.00', '99214,,,1.2.3')),
    ).rejects.toMatchObject({ errors: [{ field: 'line 3', message: '1.2.3 is not an amount in USD such as 125.00' }] });
    await expect(importAs(clerk, '2026-01-01', feeScheduleCsv('99213,,,"125.00'))).rejects.toBeInstanceOf(
      UnprocessableError,
    );
    expect(await schedulesOf(clerk)).toBe(0);
  });

  it('refuses a second schedule from the same date, leaving the first', async () => {
    const clerk = aClerkAtANewClinic();
    await importAs(clerk, '2026-01-01', feeScheduleCsv('99213,,,125.00'));
    await expect(importAs(clerk, '2026-01-01', feeScheduleCsv('99213,,,1.00'))).rejects.toBeInstanceOf(
      FeeScheduleDateTakenError,
    );
    expect((await quote(clerk, { dateOfService: '2026-01-01' }))?.charge.amountMinor).toBe(12_500);
  });

  it("never prices from another clinic's schedule", async () => {
    const clerk = aClerkAtANewClinic();
    await importAs(clerk, '2026-01-01', feeScheduleCsv('99213,,,125.00'));
    expect(await quote(aClerkAtANewClinic(), { dateOfService: '2026-02-01' })).toBeUndefined();
  });
});
