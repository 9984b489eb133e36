import { NotFoundError } from '@praxis/platform';
import { ClinicActor, textOfPdf, UseCaseHarness } from '@praxis/testing';
import {
  aChicagoClinicWithPrices,
  releases,
  schedulingCompletes,
  schedulingRecordsCoverage,
  startBillingUseCases,
} from '../../../test/billing-use-cases';
import { aReleasedVisit, balanceOf, cash, postsPayment, schedulingRegisters } from '../../../test/payment-builders';
import {
  insurancePaysPartOf,
  schedulingAnnouncesTheAddressOf,
  theClinicSetsItsStatementSettings,
} from '../../../test/statement-builders';
import { StatementsQueries } from '../statements.queries';
import { NothingDueError, StatementTooSoonError } from '../statement-rules';
import { IssueStatement } from './issue-statement.usecase';

describe('IssueStatement', () => {
  let harness: UseCaseHarness;
  let sut: IssueStatement;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(IssueStatement);
  });
  afterAll(() => harness.close());

  const issues = (clerk: ClinicActor, patientId: string, force?: boolean) =>
    harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), patientId, force }));

  /** A self-pay visit of 5 January and an insured one of 2 March the payer settled in part: $150.00 due. */
  const aPatientWithTwoVisits = async () => {
    const clerk = await aChicagoClinicWithPrices(harness);
    const patientId = await schedulingRegisters(harness, clerk);
    const selfPay = await aReleasedVisit(harness, clerk, patientId, '2026-01-05T15:00:00Z');
    await schedulingRecordsCoverage(harness, clerk, patientId);
    const insured = await aReleasedVisit(harness, clerk, patientId, '2026-03-02T15:00:00Z');
    const paid = { paidMinor: 8_000, adjustedMinor: 2_000 };
    await insurancePaysPartOf(harness, clerk, { patientId, visitId: insured }, paid);
    return { clerk, patientId, selfPay, insured };
  };

  it("states the ledger's charges, insurer payment and adjustment, patient payments, balance due and its age", async () => {
    const { clerk, patientId, selfPay, insured } = await aPatientWithTwoVisits();
    harness.clock.set('2026-03-15T15:00:00Z');
    await postsPayment(harness, clerk, { ...cash(3_000), patientId });
    await postsPayment(harness, clerk, { ...cash(2_000), patientId, allocations: [] });
    harness.clock.set('2026-03-20T15:00:00Z');

    const statement = await issues(clerk, patientId);

    const balance = await balanceOf(harness, clerk, patientId);
    expect(statement.balanceDueMinor).toBe(balance.patientResponsibilityMinor - balance.creditMinor);
    expect(statement).toMatchObject({
      patientId,
      statementDate: '2026-03-20',
      periodFrom: null,
      currency: 'USD',
      chargesMinor: 25_000,
      insurancePaidMinor: 8_000,
      adjustmentsMinor: 2_000,
      patientPaidMinor: 3_000,
      insurancePendingMinor: 0,
      balanceDueMinor: 10_000,
      due0To30Minor: 2_500,
      due31To60Minor: 0,
      due61To90Minor: 9_500,
      due91To120Minor: 0,
      dueOver120Minor: 0,
    });
    const content = await harness.as(clerk, () => harness.get(StatementsQueries).content(statement.id));
    expect(content.unappliedCreditMinor).toBe(2_000);
    expect(
      content.visits.map(({ visitId, dateOfService, patientPaidMinor, patientOwesMinor }) => ({
        visitId,
        dateOfService,
        patientPaidMinor,
        patientOwesMinor,
      })),
    ).toEqual([
      { visitId: selfPay, dateOfService: '2026-01-05', patientPaidMinor: 3_000, patientOwesMinor: 9_500 },
      { visitId: insured, dateOfService: '2026-03-02', patientPaidMinor: 0, patientOwesMinor: 2_500 },
    ]);
    expect(content.visits[0].charges).toEqual([
      { procedureCode: '99213', modifiers: ['25'], units: 1, amountMinor: 12_500 },
    ]);
  });

  it('is a PDF naming the clinic, the patient, each visit and the balance due', async () => {
    const { clerk, patientId } = await aPatientWithTwoVisits();
    harness.clock.set('2026-03-20T15:00:00Z');
    const statement = await issues(clerk, patientId);

    const pdf = await harness.as(clerk, () => harness.get(StatementsQueries).pdf(statement.id));

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await textOfPdf(pdf);
    expect(text).toContain('Lakeside Family Medicine');
    expect(text).toContain('Maria Rivera');
    expect(text).toContain('Visit on 2026-01-05');
    expect(text).toContain('99213-25');
    expect(text).toMatch(/Balance due\s*150\.00/);
  });

  const pdfTextOf = async (clerk: ClinicActor, statementId: string) =>
    textOfPdf(await harness.as(clerk, () => harness.get(StatementsQueries).pdf(statementId)));

  it("is ready to mail: the clinic's return address and billing phone, and the address the patient registered with", async () => {
    const { clerk, patientId } = await aPatientWithTwoVisits();
    await theClinicSetsItsStatementSettings(harness, clerk);
    harness.clock.set('2026-03-20T15:00:00Z');
    const statement = await issues(clerk, patientId);

    const text = await pdfTextOf(clerk, statement.id);

    expect(text).toMatch(/Lakeside Family Medicine LLC\s+PO Box 4410\s+Chicago, IL 60680-4410/);
    expect(text).toContain('Billing questions: (312) 555-0142');
    expect(text).toMatch(/Maria Rivera\s+42 Lake Shore Dr\s+Apt 5\s+Chicago, IL 60611-1234/);
    expect(text).toMatch(/Checks are payable to Lakeside Family Medicine\s+LLC/);
  });

  it('is mailed to the address the patient moved to', async () => {
    const { clerk, patientId } = await aPatientWithTwoVisits();
    const home = { line1: '1450 W Lake St', line2: 'Apt 3B', city: 'Chicago', state: 'IL', postalCode: '60607' };
    await schedulingAnnouncesTheAddressOf(harness, clerk, patientId, home);
    harness.clock.set('2026-03-20T15:00:00Z');
    const statement = await issues(clerk, patientId);

    const text = await pdfTextOf(clerk, statement.id);

    expect(text).toMatch(/Maria Rivera\s+1450 W Lake St\s+Apt 3B\s+Chicago, IL 60607/);
    expect(text).not.toContain('42 Lake Shore Dr');
  });

  it('sends a patient at most one statement in 30 days, unless the clerk asks for another', async () => {
    const { clerk, patientId } = await aPatientWithTwoVisits();
    harness.clock.set('2026-03-20T15:00:00Z');
    await issues(clerk, patientId);

    harness.clock.set('2026-04-18T15:00:00Z');
    await expect(issues(clerk, patientId)).rejects.toThrow(StatementTooSoonError);
    const forced = await issues(clerk, patientId, true);
    harness.clock.set('2026-05-18T15:00:00Z');
    const monthLater = await issues(clerk, patientId);

    expect(forced).toMatchObject({ statementDate: '2026-04-18', periodFrom: '2026-03-21' });
    expect(monthLater).toMatchObject({ statementDate: '2026-05-18', periodFrom: '2026-04-19' });
  });

  it('sends nothing to a patient who owes nothing', async () => {
    const clerk = await aChicagoClinicWithPrices(harness);
    const patientId = await schedulingRegisters(harness, clerk);
    await schedulingRecordsCoverage(harness, clerk, patientId);
    await releases(harness, clerk, await schedulingCompletes(harness, clerk, { patientId }));

    await expect(issues(clerk, patientId)).rejects.toThrow(NothingDueError);
    const statements = await harness.as(clerk, () =>
      harness.get(StatementsQueries).patientStatements(patientId, { limit: 50 }),
    );
    expect(statements.items).toEqual([]);
  });

  it('is not found by another clinic, whose staff cannot download it', async () => {
    const { clerk, patientId } = await aPatientWithTwoVisits();
    const statement = await issues(clerk, patientId);
    const otherClinic = await aChicagoClinicWithPrices(harness);

    await expect(harness.as(otherClinic, () => harness.get(StatementsQueries).pdf(statement.id))).rejects.toThrow(
      NotFoundError,
    );
  });
});
