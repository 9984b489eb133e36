import { UseCaseHarness } from '@praxis/testing';
import {
  aClinicSetUpToBill,
  aCoveredVisit,
  billingPosts,
  claimsOfVisit,
  startClaimsUseCases,
} from '../../test/claims-use-cases';
import { aDecisionOn, thePayerDecides } from '../../test/payer-decisions';
import { AddAppealNote } from './add-appeal-note/add-appeal-note.usecase';
import { DenialWorklistQuery } from './denial-worklist.query';

describe('DenialWorklistQuery (the clerk works denied claims by reason)', () => {
  let harness: UseCaseHarness;
  let sut: DenialWorklistQuery;

  beforeAll(async () => {
    harness = await startClaimsUseCases();
    sut = harness.get(DenialWorklistQuery);
  });
  afterAll(() => harness.close());

  const aDecidedClaim = async (clerk: Awaited<ReturnType<typeof aClinicSetUpToBill>>) => {
    const visit = await aCoveredVisit(harness, clerk);
    await billingPosts(harness, clerk, visit);
    const [claim] = await claimsOfVisit(harness, clerk, visit.visitId);
    return claim;
  };

  it("lists denied and partly denied claims under each reason in the code list's words, not paid ones", async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const notNecessary = await aDecidedClaim(clerk);
    const alsoNotNecessary = await aDecidedClaim(clerk);
    const partlyDenied = await aDecidedClaim(clerk);
    const paid = await aDecidedClaim(clerk);
    const denial = {
      status: 'denied' as const,
      paidShare: 0,
      rest: [{ group: 'CO' as const, reason: '50', share: 1 }],
    };
    await thePayerDecides(harness, clerk, notNecessary, aDecisionOn(notNecessary, { ...denial, remarks: ['N130'] }));
    await thePayerDecides(harness, clerk, alsoNotNecessary, aDecisionOn(alsoNotNecessary, denial));
    const partly = {
      status: 'partially_paid' as const,
      paidShare: 0.5,
      rest: [
        { group: 'CO' as const, reason: '45', share: 0.5 },
        { group: 'PR' as const, reason: '2', share: 0.2 },
        { group: 'OA' as const, reason: '97', share: 0.3 },
      ],
    };
    await thePayerDecides(harness, clerk, partlyDenied, aDecisionOn(partlyDenied, partly));
    const fullPay = {
      status: 'paid' as const,
      paidShare: 0.8,
      rest: [{ group: 'CO' as const, reason: '45', share: 1 }],
    };
    await thePayerDecides(harness, clerk, paid, aDecisionOn(paid, fullPay));

    const { groups } = await harness.as(clerk, () => sut.worklist());

    expect(groups.map(({ group, code, description, claims }) => [group, code, description, claims.length])).toEqual([
      ['CO', '50', "These are non-covered services because this is not deemed a 'medical necessity' by the payer.", 2],
      [
        'OA',
        '97',
        'The benefit for this service is included in the payment/allowance for another service/procedure that has already been adjudicated.',
        1,
      ],
    ]);
    const [firstDenied] = groups[0].claims;
    expect(firstDenied).toMatchObject({
      claimId: notNecessary.id,
      status: 'denied',
      chargedMinor: 12_500,
      paidMinor: 0,
      payerClaimControlNumber: `PCN${notNecessary.patientControlNumber}`,
      reasons: [{ group: 'CO', groupDescription: 'Contractual obligation', code: '50', amountMinor: 12_500 }],
      remarks: [
        {
          code: 'N130',
          description: 'Consult plan benefit documents/guidelines for information about restrictions for this service.',
        },
      ],
    });
    expect(groups[1].claims[0]).toMatchObject({ claimId: partlyDenied.id, paidMinor: 6_250 });
  });

  it("keeps the clerk's appeal note in the claim's history", async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await aDecidedClaim(clerk);
    const denial = {
      status: 'denied' as const,
      paidShare: 0,
      rest: [{ group: 'CO' as const, reason: '50', share: 1 }],
    };
    await thePayerDecides(harness, clerk, claim, aDecisionOn(claim, denial));

    const noted = await harness.as(clerk, () =>
      harness.get(AddAppealNote).execute({
        ...harness.commandFor(clerk),
        claimId: claim.id,
        note: 'Appealed by letter with the physical therapy notes',
      }),
    );

    expect(noted.status).toBe('denied');
    expect(noted.history?.at(-1)).toMatchObject({
      action: 'appeal noted',
      actorUserId: clerk.userId,
      details: { note: 'Appealed by letter with the physical therapy notes' },
    });
  });
});
