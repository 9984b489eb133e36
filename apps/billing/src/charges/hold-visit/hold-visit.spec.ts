import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import {
  aClinicWithPrices,
  BillingUseCasesReadingCharges,
  releases,
  schedulingCompletes,
  startBillingUseCasesReadingCharges,
} from '../../../test/billing-use-cases';
import { ResumeVisit } from '../resume-visit/resume-visit.usecase';
import { VisitNotHoldableError, VisitNotReleasableError } from '../visit-status';
import { HoldVisit } from './hold-visit.usecase';

describe('HoldVisit', () => {
  let harness: UseCaseHarness;
  let sut: HoldVisit;
  let billing: BillingUseCasesReadingCharges;

  beforeAll(async () => {
    billing = await startBillingUseCasesReadingCharges();
    harness = billing.harness;
    sut = harness.get(HoldVisit);
  });
  afterAll(() => billing.close());

  const hold = (clerk: ClinicActor, visitId: string) =>
    harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), visitId, reason: 'provider to confirm 25' }));
  const release = (clerk: ClinicActor, visitId: string) => releases(harness, clerk, visitId);
  const resume = (clerk: ClinicActor, visitId: string) =>
    harness.as(clerk, () => harness.get(ResumeVisit).execute({ ...harness.commandFor(clerk), visitId }));

  it('stops a ready visit from being released until the clerk resumes it', async () => {
    const clerk = await aClinicWithPrices(harness);
    const visitId = await schedulingCompletes(harness, clerk);

    expect(await hold(clerk, visitId)).toMatchObject({ status: 'on_hold', holdReason: 'provider to confirm 25' });
    await expect(release(clerk, visitId)).rejects.toBeInstanceOf(VisitNotReleasableError);
    expect(await billing.announcedSoFar(clerk)).toEqual([]);

    expect(await resume(clerk, visitId)).toMatchObject({ status: 'ready', holdReason: null });
    expect(await release(clerk, visitId)).toMatchObject({ status: 'released' });
  });

  it('sends a held visit with an unpriced line back to review, and refuses to hold a released one', async () => {
    const clerk = await aClinicWithPrices(harness);
    const unpriced = await schedulingCompletes(harness, clerk, {
      procedures: [{ code: '20610', modifiers: [], units: 1, diagnosisPointers: [1] }],
    });
    await hold(clerk, unpriced);
    expect(await resume(clerk, unpriced)).toMatchObject({ status: 'needs_review' });

    const released = await schedulingCompletes(harness, clerk);
    await release(clerk, released);
    await expect(hold(clerk, released)).rejects.toBeInstanceOf(VisitNotHoldableError);
  });
});
