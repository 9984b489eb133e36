import { randomUUID } from 'node:crypto';
import { NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { ClinicActor, handledTogether, UseCaseHarness } from '@praxis/testing';
import {
  aCharge,
  aClinicSetUpToBill,
  aCoverage,
  aCoveredVisit,
  billingPosts,
  claimsOfVisit,
  heldOnceScrubbed,
  schedulingCompletes,
  schedulingRecordsCoverage,
  startClaimsUseCases,
} from '../../../test/claims-use-cases';
import { ClaimLifecycle } from '../claim-lifecycle';
import { ClaimsQueries } from '../claims.queries';

describe('BillCharge (claims built from billing’s released charges)', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startClaimsUseCases();
  });
  afterAll(() => harness.close());

  it('builds one claim for the visit and its payer, ready to send, and later charges of the visit join it', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const officeVisit = await aCoveredVisit(harness, clerk, { diagnoses: ['J06.9', 'E11.9'] });
    await billingPosts(harness, clerk, officeVisit);
    const injection = { ...aCharge({ procedureCode: '96372', diagnoses: ['E11.9', 'R05.9'], amountMinor: 2_500 }) };
    await billingPosts(harness, clerk, {
      ...injection,
      visitId: officeVisit.visitId,
      patientId: officeVisit.patientId,
    });

    const [claim, ...others] = await claimsOfVisit(harness, clerk, officeVisit.visitId);
    expect(others).toEqual([]);
    expect(claim).toMatchObject({
      status: 'ready',
      payerId: '60054',
      responsibility: 'primary',
      dateOfService: '2026-03-02',
      diagnoses: ['J06.9', 'E11.9', 'R05.9'],
      scrubErrors: [],
    });
    expect(claim.patientControlNumber).toMatch(/^\d{6}$/);
    expect(claim.lines?.map(({ procedureCode, diagnosisPointers }) => [procedureCode, diagnosisPointers])).toEqual([
      ['99213', [1, 2]],
      ['96372', [2, 3]],
    ]);
    expect(claim.history?.map(({ action, toStatus }) => [action, toStatus])).toEqual([
      ['built from charges', 'draft'],
      ['charge added', 'draft'],
      ['scrubbed', 'ready'],
      ['charge added', 'ready'],
      ['scrubbed', 'ready'],
    ]);
  });

  it('bills the primary payer named on the charge, not the secondary plan', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const charge = aCharge();
    const secondary = aCoverage({ payerId: '87726', payerName: 'UnitedHealthcare', rank: 'secondary' });
    await schedulingRecordsCoverage(harness, clerk, charge.patientId, secondary, aCoverage());
    await billingPosts(harness, clerk, charge);

    const claims = await claimsOfVisit(harness, clerk, charge.visitId);
    expect(claims.map(({ payerId, responsibility }) => [payerId, responsibility])).toEqual([['60054', 'primary']]);
  });

  it('builds no claim for a self-pay visit', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const selfPay = aCharge({ billTo: 'patient', payerId: null });
    await billingPosts(harness, clerk, selfPay);

    expect(await claimsOfVisit(harness, clerk, selfPay.visitId)).toEqual([]);
  });

  it('puts at most 50 lines on a claim and opens another for the rest, each with its own control number', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const first = await aCoveredVisit(harness, clerk);
    const sameVisit = { visitId: first.visitId, patientId: first.patientId };
    const rest = Array.from({ length: 50 }, () => aCharge({ ...sameVisit, procedureCode: '97110' }));
    await billingPosts(harness, clerk, first, ...rest);

    const claims = await claimsOfVisit(harness, clerk, first.visitId);
    expect(claims.map(({ lines }) => lines?.length).sort()).toEqual([1, 50]);
    expect(new Set(claims.map(({ patientControlNumber }) => patientControlNumber)).size).toBe(2);
  });

  it('asks for the rendering provider until the visit’s completion arrives, then is ready by itself', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const charge = aCharge();
    await schedulingRecordsCoverage(harness, clerk, charge.patientId, aCoverage());
    await billingPosts(harness, clerk, charge);
    const [waiting] = await claimsOfVisit(harness, clerk, charge.visitId);
    expect(waiting.scrubErrors.map(({ rule }) => rule)).toEqual(['rendering_npi']);

    await schedulingCompletes(harness, clerk, charge);
    const [ready] = await claimsOfVisit(harness, clerk, charge.visitId);
    expect(ready).toMatchObject({ status: 'ready', scrubErrors: [] });
  });

  it('waits for the patient’s coverage when the charge comes first, then is ready by itself once it arrives', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const charge = aCharge();
    await schedulingCompletes(harness, clerk, charge);
    await billingPosts(harness, clerk, charge);
    const [waiting] = await claimsOfVisit(harness, clerk, charge.visitId);
    expect(waiting.status).toBe('needs_fix');

    await schedulingRecordsCoverage(harness, clerk, charge.patientId, aCoverage());
    const [ready] = await claimsOfVisit(harness, clerk, charge.visitId);
    expect(ready).toMatchObject({ status: 'ready', scrubErrors: [] });
  });

  it('is ready when the visit’s completion is handled at the same moment as its first charge', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const charge = aCharge();
    await schedulingRecordsCoverage(harness, clerk, charge.patientId, aCoverage());

    await handledTogether(
      harness,
      heldOnceScrubbed(harness),
      () => schedulingCompletes(harness, clerk, charge),
      () => billingPosts(harness, clerk, charge),
    );

    const [claim] = await claimsOfVisit(harness, clerk, charge.visitId);
    expect(claim).toMatchObject({ status: 'ready', scrubErrors: [] });
  });

  it('is ready when the patient’s coverage is handled at the same moment as the first charge', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const charge = aCharge();
    await schedulingCompletes(harness, clerk, charge);

    await handledTogether(
      harness,
      heldOnceScrubbed(harness),
      () => schedulingRecordsCoverage(harness, clerk, charge.patientId, aCoverage()),
      () => billingPosts(harness, clerk, charge),
    );

    const [claim] = await claimsOfVisit(harness, clerk, charge.visitId);
    expect(claim).toMatchObject({ status: 'ready', scrubErrors: [] });
  });

  it('holds back a claim for the same patient, date and codes as one already sent', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const first = await aCoveredVisit(harness, clerk);
    await billingPosts(harness, clerk, first);
    const [sent] = await claimsOfVisit(harness, clerk, first.visitId);
    const lifecycle = harness.get(ClaimLifecycle);
    const change = { actorUserId: null, now: harness.clock.now(), action: 'submitted' };
    await harness.as(clerk, () =>
      harness.get(TenantTransactions).run((manager) => lifecycle.submit(manager, sent.id, change)),
    );

    const again = { ...aCharge({ patientId: first.patientId }), chargeId: randomUUID() };
    await schedulingCompletes(harness, clerk, again);
    await billingPosts(harness, clerk, again);
    const [duplicate] = await claimsOfVisit(harness, clerk, again.visitId);
    expect(duplicate.status).toBe('needs_fix');
    expect(duplicate.scrubErrors).toEqual([
      {
        rule: 'duplicate',
        message: `claim ${sent.patientControlNumber} already billed this patient's same codes on the same date`,
      },
    ]);
  });

  it('keeps a clinic’s claims from every other clinic', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const charge = await aCoveredVisit(harness, clerk);
    await billingPosts(harness, clerk, charge);
    const [claim] = await claimsOfVisit(harness, clerk, charge.visitId);

    const elsewhere: ClinicActor = await aClinicSetUpToBill(harness);
    await expect(harness.as(elsewhere, () => harness.get(ClaimsQueries).get(claim.id))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await claimsOfVisit(harness, elsewhere, charge.visitId)).toEqual([]);
  });
});
