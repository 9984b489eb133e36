import { Topic } from '@praxis/contracts';
import { money } from '@praxis/domain';
import { ClinicActor, listenToTopic, TopicListener, UseCaseHarness } from '@praxis/testing';
import type { ClaimPayment } from '@praxis/x12';
import { aClinicSetUpToBill, claimsOfVisit, startClaimsUseCases } from '../../../test/claims-use-cases';
import { an835, anAcceptedClaim, aPaymentOf, aRemittance } from '../../../test/remittance-files';
import { Claim } from '../../claims/claim.entity';
import { RemittancesQueries } from '../remittances.queries';
import { PostRemittance } from './post-remittance.usecase';

const usd = (amountMinor: number) => money(amountMinor, 'USD');
const negate = (amount: { amountMinor: number }) => usd(-amount.amountMinor);

/** CLP02 22: the payer takes back the whole of an earlier claim payment. */
const reversalOf = (original: ClaimPayment): ClaimPayment => ({
  ...original,
  status: '22' as const,
  charge: negate(original.charge),
  paid: negate(original.paid),
  patientResponsibility: undefined,
  serviceLines: original.serviceLines.map((line) => ({
    ...line,
    charge: negate(line.charge),
    paid: negate(line.paid),
    adjustments: line.adjustments.map((cas) => ({ ...cas, amount: negate(cas.amount) })),
  })),
});

describe('PostRemittance (an 835 posted exactly once)', () => {
  let harness: UseCaseHarness;
  let sut: PostRemittance;
  let events: TopicListener;

  beforeAll(async () => {
    harness = await startClaimsUseCases();
    sut = harness.get(PostRemittance);
    events = await listenToTopic(Topic.ClaimsClaims);
  });
  afterAll(async () => {
    await events.stop();
    await harness.close();
  });

  const upload = (clerk: ClinicActor, content: string) =>
    harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), content, source: 'upload' }));
  const statusOf = async (clerk: ClinicActor, claim: Claim) =>
    (await claimsOfVisit(harness, clerk, claim.visitId))[0].status;
  /** `count` is every event of the clinic's claims: a submitted claim announces claim.submitted v1 and v2, and accepted. */
  const decisionsFor = async (clerk: ClinicActor, count: number) =>
    (await events.eventsOf(clerk.tenantId, count)).filter(({ type }) => type.startsWith('claim.adjudicat'));
  const stored = (clerk: ClinicActor) => harness.as(clerk, () => harness.get(RemittancesQueries).page({ limit: 50 }));

  it('posts a balanced payment: the claim is paid and its decision announced line by line for billing', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await anAcceptedClaim(harness, clerk, 'AET-1001');
    const remittance = aRemittance([aPaymentOf(claim)]);

    const { transactions } = await upload(clerk, an835(remittance));

    expect(transactions).toEqual([
      expect.objectContaining({
        traceNumber: remittance.traceNumber,
        payerIdentifier: '1066033492',
        payerName: 'AETNA',
        paymentAmountMinor: 8_000,
        paymentMethod: 'ACH',
        paymentDate: '2026-03-20',
        movesMoney: true,
        payeeNpi: '1234567893',
        payeeTaxId: null,
        balanced: true,
        duplicate: false,
        status: 'posted',
        providerAdjustments: [],
        claims: [
          expect.objectContaining({
            patientControlNumber: claim.patientControlNumber,
            status: '1',
            chargeMinor: 12_500,
            paidMinor: 8_000,
            patientResponsibilityMinor: 2_000,
            payerClaimControlNumber: 'AET-1001',
            matchedClaimId: claim.id,
            posting: 'adjudicated',
            lines: [
              expect.objectContaining({
                procedureCode: '99213',
                chargeMinor: 12_500,
                paidMinor: 8_000,
                matchedLineId: claim.lines?.[0].id,
                adjustments: [
                  expect.objectContaining({ group: 'CO', reason: '45', amountMinor: 2_500 }),
                  expect.objectContaining({
                    group: 'PR',
                    reason: '2',
                    reasonText: 'Coinsurance Amount',
                    amountMinor: 2_000,
                  }),
                ],
              }),
            ],
          }),
        ],
      }),
    ]);
    expect(await statusOf(clerk, claim)).toBe('paid');
    const [decision] = await decisionsFor(clerk, 4);
    expect(decision).toMatchObject({
      type: 'claim.adjudicated',
      aggregateId: claim.id,
      payload: {
        claimId: claim.id,
        visitId: claim.visitId,
        patientId: claim.patientId,
        claimStatus: 'paid',
        paidMinor: 8_000,
        payerClaimControlNumber: 'AET-1001',
        lines: [{ chargeId: claim.lines?.[0].chargeId, procedureCode: '99213', chargeMinor: 12_500, paidMinor: 8_000 }],
      },
    });
  });

  it('changes nothing when the same payment comes again: in the same file, uploaded again, or twice at once', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await anAcceptedClaim(harness, clerk, 'AET-1002');
    const remittance = aRemittance([aPaymentOf(claim)]);
    const file = an835(remittance, remittance);

    const [first, second] = await Promise.all([upload(clerk, file), upload(clerk, file)]);
    const again = await upload(clerk, an835(remittance));

    const duplicates = [...first.transactions, ...second.transactions, ...again.transactions].map((t) => t.duplicate);
    expect(duplicates.filter((duplicate) => !duplicate)).toHaveLength(1);
    expect(new Set([...first.transactions, ...again.transactions].map(({ id }) => id)).size).toBe(1);
    expect((await stored(clerk)).items).toHaveLength(1);
    expect(await decisionsFor(clerk, 4)).toHaveLength(1);
  });

  it('quarantines a transaction that does not balance, with the reason, and posts nothing of it', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await anAcceptedClaim(harness, clerk, 'AET-1003');
    const remittance = aRemittance([aPaymentOf(claim)], { paymentAmount: usd(9_000) });

    const [transaction] = (await upload(clerk, an835(remittance))).transactions;

    expect(transaction).toMatchObject({
      balanced: false,
      status: 'quarantined',
      imbalances: [{ level: 'payment', expectedMinor: 8_000, actualMinor: 9_000 }],
      claims: [{ matchedClaimId: claim.id, posting: 'held' }],
    });
    expect(await statusOf(clerk, claim)).toBe('accepted');
    expect((await stored(clerk)).items).toMatchObject([{ status: 'quarantined' }]);
  });

  it('posts each transaction set of a file as its own payment, including a notice that moves no money', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const paid = await anAcceptedClaim(harness, clerk, 'AET-1004');
    const denied = await anAcceptedClaim(harness, clerk, 'AET-1005');
    const denial = aPaymentOf(denied, {
      status: '4',
      paid: usd(0),
      patientResponsibility: undefined,
      serviceLines: [
        {
          ...aPaymentOf(denied).serviceLines[0],
          paid: usd(0),
          adjustments: [{ group: 'CO', reason: '96', amount: usd(12_500) }],
          remarks: ['N130'],
        },
      ],
    });
    const notice = aRemittance([denial], { handling: 'H', paymentMethod: 'NON', paymentAmount: usd(0) });

    const { transactions } = await upload(clerk, an835(aRemittance([aPaymentOf(paid)]), notice));

    expect(transactions.map(({ movesMoney, status }) => [movesMoney, status])).toEqual([
      [true, 'posted'],
      [false, 'posted'],
    ]);
    expect(await statusOf(clerk, paid)).toBe('paid');
    expect(await statusOf(clerk, denied)).toBe('denied');
    const decisions = await decisionsFor(clerk, 8);
    expect(decisions.find(({ aggregateId }) => aggregateId === denied.id)?.payload).toMatchObject({
      claimStatus: 'denied',
      paidMinor: 0,
      remarks: ['N130'],
    });
  });

  it('reverses what was posted for a claim and posts the correction that follows as a new decision', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await anAcceptedClaim(harness, clerk, 'AET-1006');
    const original = aPaymentOf(claim);
    await upload(clerk, an835(aRemittance([original])));
    const reversal = reversalOf(original);
    const correction = aPaymentOf(claim, {
      paid: usd(10_000),
      patientResponsibility: usd(0),
      serviceLines: [
        {
          ...original.serviceLines[0],
          paid: usd(10_000),
          adjustments: [{ group: 'CO', reason: '45', amount: usd(2_500) }],
        },
      ],
    });

    const [transaction] = (await upload(clerk, an835(aRemittance([reversal, correction])))).transactions;

    expect(transaction.claims.map(({ posting }) => posting)).toEqual(['reversal', 'adjudicated']);
    const [first, reversed, corrected] = await decisionsFor(clerk, 6);
    expect(reversed).toMatchObject({
      type: 'claim.adjudication-reversed',
      payload: { adjudicationId: first.payload.adjudicationId, claimId: claim.id },
    });
    expect(corrected).toMatchObject({ type: 'claim.adjudicated', payload: { paidMinor: 10_000 } });
    expect(corrected.payload.adjudicationId).not.toBe(first.payload.adjudicationId);
    expect(await statusOf(clerk, claim)).toBe('paid');
  });

  it('reverses a decision posted earlier in the same payment', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await anAcceptedClaim(harness, clerk, 'AET-1008');
    const original = aPaymentOf(claim);

    const [transaction] = (await upload(clerk, an835(aRemittance([original, reversalOf(original)])))).transactions;

    expect(transaction.claims.map(({ posting }) => posting)).toEqual(['adjudicated', 'reversal']);
    const [posted, reversed] = await decisionsFor(clerk, 5);
    expect(reversed).toMatchObject({
      type: 'claim.adjudication-reversed',
      payload: { adjudicationId: posted.payload.adjudicationId, claimId: claim.id },
    });
    expect(await statusOf(clerk, claim)).toBe('accepted');
  });

  it('posts a payment made of provider-level adjustments only, announcing them for the clinic’s own account', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const remittances = await listenToTopic(Topic.ClaimsRemittances);
    const interest = { providerId: '1234567893', fiscalPeriodDate: '2026-12-31', reason: 'L6', amount: usd(-127) };

    const [transaction] = (await upload(clerk, an835(aRemittance([], { providerAdjustments: [interest] }))))
      .transactions;

    expect(transaction).toMatchObject({ balanced: true, status: 'posted', paymentAmountMinor: 127, claims: [] });
    const [announced] = await remittances.eventsOf(clerk.tenantId, 1);
    await remittances.stop();
    expect(announced).toMatchObject({
      type: 'remittance.provider-adjusted',
      aggregateId: transaction.id,
      payload: { adjustments: [{ reason: 'L6', reference: null, amountMinor: -127 }] },
    });
  });

  it('refuses an unreadable file with 422 naming the segment and element, and stores nothing', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await anAcceptedClaim(harness, clerk, 'AET-1007');
    const file = an835(aRemittance([aPaymentOf(claim)])).replace(/(CLP\*[^*]*\*1\*125)\*80\*/, '$1*8O*');

    const refusal = upload(clerk, file);

    await expect(refusal).rejects.toMatchObject({
      status: 422,
      errors: [expect.objectContaining({ field: expect.stringMatching(/^segment \d+, CLP04$/) })],
    });
    expect((await stored(clerk)).items).toEqual([]);
    expect(await statusOf(clerk, claim)).toBe('accepted');
  });
});
