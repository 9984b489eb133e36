import { TenantTransactions } from '@praxis/tenancy';
import { UseCaseHarness } from '@praxis/testing';
import {
  aCharge,
  aClinicSetUpToBill,
  aCoveredVisit,
  billingPosts,
  billingVoids,
  claimsOfVisit,
  startClaimsUseCases,
} from '../../../test/claims-use-cases';
import { ClaimLifecycle } from '../claim-lifecycle';

describe('WithdrawCharge (a voided charge leaves its claim)', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startClaimsUseCases();
  });
  afterAll(() => harness.close());

  it('takes the voided line off the draft claim, and voids a claim left with no line', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const officeVisit = await aCoveredVisit(harness, clerk);
    const injection = aCharge({
      visitId: officeVisit.visitId,
      patientId: officeVisit.patientId,
      procedureCode: '96372',
    });
    await billingPosts(harness, clerk, officeVisit, injection);

    await billingVoids(harness, clerk, injection);
    const [trimmed] = await claimsOfVisit(harness, clerk, officeVisit.visitId);
    expect(trimmed.status).toBe('ready');
    expect(trimmed.lines?.map(({ procedureCode }) => procedureCode)).toEqual(['99213']);

    await billingVoids(harness, clerk, officeVisit);
    const [voided] = await claimsOfVisit(harness, clerk, officeVisit.visitId);
    expect(voided.status).toBe('voided');
    expect(voided.history?.at(-1)).toMatchObject({ action: 'its last charge was voided', toStatus: 'voided' });
  });

  it('keeps a voided charge on a claim the payer has, and says so in its history', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const officeVisit = await aCoveredVisit(harness, clerk);
    await billingPosts(harness, clerk, officeVisit);
    const [claim] = await claimsOfVisit(harness, clerk, officeVisit.visitId);
    const change = { actorUserId: null, now: harness.clock.now(), action: 'submitted' };
    await harness.as(clerk, () =>
      harness.get(TenantTransactions).run((manager) => harness.get(ClaimLifecycle).submit(manager, claim.id, change)),
    );

    await billingVoids(harness, clerk, officeVisit);
    const [sent] = await claimsOfVisit(harness, clerk, officeVisit.visitId);
    expect(sent.status).toBe('submitted');
    expect(sent.lines).toHaveLength(1);
    expect(sent.history?.at(-1)).toMatchObject({ action: 'charge voided after sending', toStatus: 'submitted' });
  });
});
