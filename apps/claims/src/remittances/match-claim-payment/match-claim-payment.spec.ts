import { Topic } from '@praxis/contracts';
import { ClinicActor, listenToTopic, TopicListener, UseCaseHarness } from '@praxis/testing';
import { aClinicSetUpToBill, claimsOfVisit, startClaimsUseCases } from '../../../test/claims-use-cases';
import { an835, anAcceptedClaim, aPaymentOf, aRemittance } from '../../../test/remittance-files';
import { PostRemittance } from '../post-remittance/post-remittance.usecase';
import { RemittancesQueries } from '../remittances.queries';
import { MatchClaimPayment } from './match-claim-payment.usecase';

describe('Matching claim payments to claims (at intake, and by hand for the rest)', () => {
  let harness: UseCaseHarness;
  let sut: MatchClaimPayment;
  let events: TopicListener;

  beforeAll(async () => {
    harness = await startClaimsUseCases();
    sut = harness.get(MatchClaimPayment);
    events = await listenToTopic(Topic.ClaimsClaims);
  });
  afterAll(async () => {
    await events.stop();
    await harness.close();
  });

  const upload = (clerk: ClinicActor, content: string) =>
    harness.as(clerk, () =>
      harness.get(PostRemittance).execute({ ...harness.commandFor(clerk), content, source: 'upload' }),
    );
  const unmatched = (clerk: ClinicActor) =>
    harness.as(clerk, () => harness.get(RemittancesQueries).unmatched({ limit: 50 }));
  const match = (clerk: ClinicActor, claimPaymentId: string, claimId: string) =>
    harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), claimPaymentId, claimId }));

  it('falls back to the payer claim number, then to the patient, dates of service and charge', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const byPayerNumber = await anAcceptedClaim(harness, clerk, 'AET-2001');
    const byPatient = await anAcceptedClaim(harness, clerk, 'AET-2002', { amountMinor: 17_300 });
    const payments = [
      aPaymentOf(byPayerNumber, { patientControlNumber: 'NOT-OURS-1' }),
      aPaymentOf(byPatient, { patientControlNumber: 'NOT-OURS-2', payerClaimControlNumber: 'UNKNOWN-9' }),
    ];

    const [transaction] = (await upload(clerk, an835(aRemittance(payments)))).transactions;

    expect(transaction.claims.map(({ matchedClaimId, posting }) => [matchedClaimId, posting])).toEqual([
      [byPayerNumber.id, 'adjudicated'],
      [byPatient.id, 'adjudicated'],
    ]);
  });

  it('leaves a payment naming no claim for the clerk, and posts it once the clerk names the claim', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await anAcceptedClaim(harness, clerk, 'AET-2003');
    const stray = aPaymentOf(claim, {
      patientControlNumber: 'NOT-OURS-3',
      payerClaimControlNumber: 'UNKNOWN-8',
      patient: { last: 'LOPEZ', first: 'MARIA', memberId: 'X000000000' },
    });
    await upload(clerk, an835(aRemittance([stray])));
    const [waiting] = (await unmatched(clerk)).items;
    expect(waiting).toMatchObject({ patientControlNumber: 'NOT-OURS-3', matchedClaimId: null, posting: 'unmatched' });
    expect(waiting.unmatchedReason).toContain('NOT-OURS-3');

    const posted = await match(clerk, waiting.id ?? '', claim.id);

    expect(posted).toMatchObject({ matchedClaimId: claim.id, posting: 'adjudicated', unmatchedReason: null });
    expect((await unmatched(clerk)).items).toEqual([]);
    expect((await claimsOfVisit(harness, clerk, claim.visitId))[0].status).toBe('paid');
    const announced = await events.eventsOf(clerk.tenantId, 4);
    expect(announced.filter(({ type }) => type === 'claim.adjudicated')).toHaveLength(1);
    await expect(match(clerk, waiting.id ?? '', claim.id)).rejects.toMatchObject({ status: 409 });
  });

  it('refuses a claim whose lines the payment does not answer with 422, and leaves the payment waiting', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const paidFor = await anAcceptedClaim(harness, clerk, 'AET-2004');
    const other = await anAcceptedClaim(harness, clerk, 'AET-2005', { procedureCode: '99214' });
    const stray = aPaymentOf(paidFor, {
      patientControlNumber: 'NOT-OURS-4',
      payerClaimControlNumber: 'UNKNOWN-7',
      patient: { last: 'LOPEZ', first: 'MARIA', memberId: 'X000000000' },
    });
    await upload(clerk, an835(aRemittance([stray])));
    const [waiting] = (await unmatched(clerk)).items;

    await expect(match(clerk, waiting.id ?? '', other.id)).rejects.toMatchObject({ status: 422 });

    expect((await unmatched(clerk)).items.map(({ id }) => id)).toEqual([waiting.id]);
    expect((await claimsOfVisit(harness, clerk, other.visitId))[0].status).toBe('accepted');
  });
});
