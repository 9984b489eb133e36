import { UseCaseHarness } from '@praxis/testing';
import {
  aCharge,
  aClinicSetUpToBill,
  aCoveredVisit,
  billingPosts,
  claimsOfVisit,
  startClaimsUseCases,
} from '../../../test/claims-use-cases';
import { SetBillingProfile } from '../../billing-profiles/set-billing-profile/set-billing-profile.usecase';
import { ScrubClaim } from '../scrub-claim/scrub-claim.usecase';
import { FixClaim } from './fix-claim.usecase';

describe('FixClaim and ScrubClaim (the clerk works the needs-fix list)', () => {
  let harness: UseCaseHarness;
  let sut: FixClaim;

  beforeAll(async () => {
    harness = await startClaimsUseCases();
    sut = harness.get(FixClaim);
  });
  afterAll(() => harness.close());

  it('names every problem, and the claim is ready once the clerk fixes the diagnoses and pointers', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const visit = await aCoveredVisit(harness, clerk, {
      diagnoses: ['M54.50', 'M54.16', 'M25.561', 'M79.604'],
    });
    const sameVisit = { visitId: visit.visitId, patientId: visit.patientId };
    const more = ['G89.29', 'R26.89', 'M62.81', 'Z96.651', 'M17.11', 'R53.1', 'M54.2', 'R52', 'Z74.09'].map((code) =>
      aCharge({ ...sameVisit, procedureCode: '97110', diagnoses: [code] }),
    );
    await billingPosts(harness, clerk, visit, ...more);
    const [claim] = await claimsOfVisit(harness, clerk, visit.visitId);
    expect(claim.status).toBe('needs_fix');
    expect(claim.scrubErrors).toEqual([
      {
        rule: 'diagnosis_count',
        field: 'diagnoses',
        message: 'the claim has 13 diagnoses; a claim can carry at most 12',
      },
    ]);

    const [officeVisit, ...therapy] = claim.lines ?? [];
    const fixed = await harness.as(clerk, () =>
      sut.execute({
        ...harness.commandFor(clerk),
        claimId: claim.id,
        diagnoses: ['M54.50', 'M54.16'],
        lines: [
          { lineId: officeVisit.id, diagnosisPointers: [1, 2] },
          ...therapy.map(({ id }) => ({ lineId: id, diagnosisPointers: [1] })),
        ],
      }),
    );
    expect(fixed).toMatchObject({ status: 'ready', scrubErrors: [], diagnoses: ['M54.50', 'M54.16'] });
    expect(fixed.lines?.map(({ diagnosisPointers }) => diagnosisPointers)).toEqual([[1, 2], ...therapy.map(() => [1])]);
    expect(fixed.history?.slice(-2).map(({ action, actorUserId }) => [action, actorUserId])).toEqual([
      ['fixed by clerk', clerk.userId],
      ['scrubbed', clerk.userId],
    ]);
  });

  it('is scrubbed again after the clerk completes the billing profile elsewhere', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const command = harness.commandFor(clerk);
    const profile = { organizationName: 'Lakeside Family Practice', npi: '1234567893', taxonomyCode: '207Q00000X' };
    await harness.as(clerk, () => harness.get(SetBillingProfile).execute({ ...command, ...profile }));
    const visit = await aCoveredVisit(harness, clerk);
    await billingPosts(harness, clerk, visit);
    const [claim] = await claimsOfVisit(harness, clerk, visit.visitId);
    expect(claim.scrubErrors.map(({ rule }) => rule)).toEqual(['billing_tin', 'billing_address']);

    const address = { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701-1234' };
    await harness.as(clerk, () =>
      harness.get(SetBillingProfile).execute({ ...command, ...profile, tin: '123456789', address }),
    );
    const rescrubbed = await harness.as(clerk, () =>
      harness.get(ScrubClaim).execute({ ...harness.commandFor(clerk), claimId: claim.id }),
    );
    expect(rescrubbed).toMatchObject({ status: 'ready', scrubErrors: [] });
  });

  it('refuses a line of another claim with 422, changing nothing', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const first = await aCoveredVisit(harness, clerk);
    const second = await aCoveredVisit(harness, clerk);
    await billingPosts(harness, clerk, first, second);
    const [claim] = await claimsOfVisit(harness, clerk, first.visitId);
    const [other] = await claimsOfVisit(harness, clerk, second.visitId);
    const stranger = other.lines?.[0].id ?? '';

    await expect(
      harness.as(clerk, () =>
        sut.execute({
          ...harness.commandFor(clerk),
          claimId: claim.id,
          diagnoses: ['J02.9'],
          lines: [{ lineId: stranger, diagnosisPointers: [1] }],
        }),
      ),
    ).rejects.toMatchObject({ status: 422, errors: [{ field: 'lines[0].lineId' }] });
    const [unchanged] = await claimsOfVisit(harness, clerk, first.visitId);
    expect(unchanged.diagnoses).toEqual(claim.diagnoses);
  });
});
