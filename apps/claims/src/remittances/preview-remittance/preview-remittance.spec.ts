import { UseCaseHarness } from '@praxis/testing';
import { aClinicSetUpToBill, claimsOfVisit, startClaimsUseCases } from '../../../test/claims-use-cases';
import { an835, anAcceptedClaim, aPaymentOf, aRemittance } from '../../../test/remittance-files';
import { PostRemittance } from '../post-remittance/post-remittance.usecase';
import { RemittancesQueries } from '../remittances.queries';
import { PreviewRemittance } from './preview-remittance.usecase';

describe('PreviewRemittance (an 835 read as posting would read it, storing nothing)', () => {
  let harness: UseCaseHarness;
  let sut: PreviewRemittance;

  beforeAll(async () => {
    harness = await startClaimsUseCases();
    sut = harness.get(PreviewRemittance);
  });
  afterAll(() => harness.close());

  it('shows each payment, its claims and the claim each would post to, and changes nothing', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await anAcceptedClaim(harness, clerk, 'AET-3001');
    const remittance = aRemittance([aPaymentOf(claim)], {
      providerAdjustments: [
        {
          providerId: '1234567893',
          fiscalPeriodDate: '2026-12-31',
          reason: 'L6',
          amount: { amountMinor: -127, currency: 'USD' },
        },
      ],
    });
    const content = an835(remittance);

    const preview = await harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), content }));

    expect(preview.transactions).toEqual([
      expect.objectContaining({
        id: null,
        status: null,
        traceNumber: remittance.traceNumber,
        paymentAmountMinor: 8_127,
        balanced: true,
        duplicate: false,
        providerAdjustments: [{ reason: 'L6', reference: null, amountMinor: -127 }],
        claims: [expect.objectContaining({ id: null, posting: null, matchedClaimId: claim.id, paidMinor: 8_000 })],
      }),
    ]);
    expect((await harness.as(clerk, () => harness.get(RemittancesQueries).page({ limit: 10 }))).items).toEqual([]);
    expect((await claimsOfVisit(harness, clerk, claim.visitId))[0].status).toBe('accepted');

    await harness.as(clerk, () =>
      harness.get(PostRemittance).execute({ ...harness.commandFor(clerk), content, source: 'upload' }),
    );
    const again = await harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), content }));
    expect(again.transactions[0].duplicate).toBe(true);
  });

  it("says each adjustment and remark in the code lists' words beside its code", async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await anAcceptedClaim(harness, clerk, 'AET-3002', { amountMinor: 10_000 });
    const payment = aPaymentOf(claim, { remarks: ['MA130'] });
    payment.serviceLines[0].remarks = ['N130', 'N9999'];

    const preview = await harness.as(clerk, () =>
      sut.execute({ ...harness.commandFor(clerk), content: an835(aRemittance([payment])) }),
    );

    const [shown] = preview.transactions[0].claims;
    expect(shown.remarks).toEqual(['MA130']);
    expect(shown.remarkTexts).toEqual([expect.stringMatching(/^Your claim contains incomplete and\/or invalid/)]);
    expect(shown.lines[0].adjustments).toEqual([
      {
        group: 'CO',
        groupText: 'Contractual obligation',
        reason: '45',
        reasonText: 'Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.',
        amountMinor: 2_000,
      },
      {
        group: 'PR',
        groupText: 'Patient responsibility',
        reason: '2',
        reasonText: 'Coinsurance Amount',
        amountMinor: 1_600,
      },
    ]);
    expect(shown.lines[0].remarks).toEqual(['N130', 'N9999']);
    expect(shown.lines[0].remarkTexts).toEqual([
      'Consult plan benefit documents/guidelines for information about restrictions for this service.',
      'remark code N9999',
    ]);
  });
});
