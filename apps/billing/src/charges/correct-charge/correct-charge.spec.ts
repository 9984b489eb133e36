import { ChargePosted, ChargeVoided } from '@praxis/contracts';
import { NotFoundError, UnprocessableError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import {
  aClinicWithPrices,
  BillingUseCasesReadingCharges,
  releases,
  schedulingCompletes,
  startBillingUseCasesReadingCharges,
} from '../../../test/billing-use-cases';
import { BalancesQueries } from '../../ledger/balances.queries';
import { BillingVisit } from '../billing-visit.entity';
import { ChargesQueries } from '../charges.queries';
import { CorrectChargeDto } from '../dto/charge-correction.dto';
import { ChargeNotCorrectableError, CorrectCharge } from './correct-charge.usecase';

describe('CorrectCharge', () => {
  let harness: UseCaseHarness;
  let sut: CorrectCharge;
  let billing: BillingUseCasesReadingCharges;

  beforeAll(async () => {
    billing = await startBillingUseCasesReadingCharges();
    harness = billing.harness;
    sut = harness.get(CorrectCharge);
  });
  afterAll(() => billing.close());

  const typesOf = (events: { type: string }[]) => events.map(({ type }) => type);
  /** The clinic's event types on billing.charges so far, sorted: charges are keys of their own. */
  const announcedTypes = async (clerk: ClinicActor) => typesOf(await billing.announcedSoFar(clerk)).sort();

  const prices = { rows: ['99213,,,125.00', '99214,,,180.00'] };
  const toLevelFour: CorrectChargeDto = { procedureCode: '99214', modifiers: ['25'], units: 1 };

  const correct = (
    clerk: ClinicActor,
    visitId: string,
    chargeId: string,
    line: CorrectChargeDto = toLevelFour,
    idempotencyKey?: string,
  ) =>
    harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), ...line, visitId, chargeId, idempotencyKey }));
  const visit = (clerk: ClinicActor, visitId: string) =>
    harness.as(clerk, () => harness.get(ChargesQueries).get(visitId));
  const linesOf = ({ charges }: BillingVisit) => charges ?? [];
  const balanceOf = (clerk: ClinicActor, patientId: string) =>
    harness.as(clerk, () => harness.get(BalancesQueries).patient(patientId));
  const ledgerLines = (clerk: ClinicActor): Promise<number> =>
    harness.as(clerk, () =>
      harness
        .get(TenantTransactions)
        .run(async (manager) => Number((await manager.query(`SELECT count(*) AS n FROM ledger_entries`))[0].n)),
    );

  const aReleasedVisit = async (clerk: ClinicActor) => {
    const visitId = await schedulingCompletes(harness, clerk);
    await releases(harness, clerk, visitId);
    const released = await visit(clerk, visitId);
    return { visitId, patientId: released.patientId, chargeId: linesOf(released)[0].id };
  };

  it('voids the posted charge by its exact reversal and posts the corrected line, so the patient owes the corrected amount', async () => {
    const clerk = await aClinicWithPrices(harness, prices);
    const { visitId, patientId, chargeId } = await aReleasedVisit(clerk);

    const corrected = await correct(clerk, visitId, chargeId);

    expect(corrected.charges).toEqual([
      expect.objectContaining({ id: chargeId, procedureCode: '99213', voidedAt: expect.any(Date) }),
      expect.objectContaining({
        procedureCode: '99214',
        modifiers: ['25'],
        diagnoses: ['E11.9', 'J06.9'],
        amountMinor: 18_000,
        voidedAt: null,
        correctsChargeId: chargeId,
      }),
    ]);
    expect(await balanceOf(clerk, patientId)).toEqual({
      patientId,
      balances: [{ currency: 'USD', insurancePendingMinor: 0, patientResponsibilityMinor: 18_000, creditMinor: 0 }],
    });
    const posted = [ChargePosted.type, ChargePosted.type, ChargeVoided.type];
    expect(await announcedTypes(clerk)).toEqual(posted);
    const events = await billing.charges.eventsOf(clerk.tenantId, posted.length);
    expect(events.find(({ type }) => type === ChargeVoided.type)?.payload).toMatchObject({
      chargeId,
      amountMinor: 12_500,
      correctedByChargeId: linesOf(corrected)[1].id,
    });
    expect(events.map(({ payload }) => payload)).toContainEqual(
      expect.objectContaining({ chargeId: linesOf(corrected)[1].id, amountMinor: 18_000 }),
    );
  });

  it('answers a retry with the same Idempotency-Key with the first correction, voiding and posting once', async () => {
    const clerk = await aClinicWithPrices(harness, prices);
    const { visitId, patientId, chargeId } = await aReleasedVisit(clerk);

    const first = await correct(clerk, visitId, chargeId, toLevelFour, 'correct-once');
    const retry = await correct(clerk, visitId, chargeId, toLevelFour, 'correct-once');

    expect(retry.charges).toHaveLength(2);
    expect(linesOf(retry)[1].id).toEqual(linesOf(first)[1].id);
    expect(await ledgerLines(clerk)).toBe(6);
    const once = [ChargePosted.type, ChargePosted.type, ChargeVoided.type];
    expect(await announcedTypes(clerk)).toEqual(once);
    expect((await balanceOf(clerk, patientId)).balances[0].patientResponsibilityMinor).toBe(18_000);
  });

  it('refuses a code without a price, a charge of another visit or clinic, and one not posted, writing nothing', async () => {
    const clerk = await aClinicWithPrices(harness, prices);
    const { visitId, chargeId } = await aReleasedVisit(clerk);
    const other = await aReleasedVisit(clerk);
    const unreleased = await schedulingCompletes(harness, clerk);
    const unreleasedCharge = linesOf(await visit(clerk, unreleased))[0].id;
    const elsewhere = await aClinicWithPrices(harness, prices);
    const linesBefore = await ledgerLines(clerk);

    await expect(correct(clerk, visitId, chargeId, { ...toLevelFour, procedureCode: '20610' })).rejects.toBeInstanceOf(
      UnprocessableError,
    );
    await expect(correct(clerk, visitId, other.chargeId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(correct(elsewhere, visitId, chargeId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(correct(clerk, unreleased, unreleasedCharge)).rejects.toBeInstanceOf(ChargeNotCorrectableError);

    expect(await ledgerLines(clerk)).toBe(linesBefore);
    const released = [ChargePosted.type, ChargePosted.type];
    expect(await announcedTypes(clerk)).toEqual(released);
    expect((await visit(clerk, visitId)).charges).toEqual([expect.objectContaining({ id: chargeId, voidedAt: null })]);
  });

  it('refuses to correct a charge a second time once it is voided', async () => {
    const clerk = await aClinicWithPrices(harness, prices);
    const { visitId, chargeId } = await aReleasedVisit(clerk);
    await correct(clerk, visitId, chargeId);
    await expect(correct(clerk, visitId, chargeId)).rejects.toBeInstanceOf(ChargeNotCorrectableError);
    const once = [ChargePosted.type, ChargePosted.type, ChargeVoided.type];
    expect(await announcedTypes(clerk)).toEqual(once);
  });
});
