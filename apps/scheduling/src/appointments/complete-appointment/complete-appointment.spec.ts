import { UnprocessableError } from '@praxis/platform';
import { UseCaseHarness } from '@praxis/testing';
import { aBookableClinic, aBookedVisit, aCheckedInVisit } from '../../../test/appointment-use-cases';
import { someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { IllegalTransitionError } from '../appointment-status';
import { CompleteAppointment } from './complete-appointment.usecase';

// The harness clock stands on Monday 2 March 2026, 09:00 in Chicago.
const WEDNESDAY_TEN = '2026-03-04T10:00:00-06:00';
const OFFICE_VISIT = { code: '99213', modifiers: [], units: 1, diagnosisPointers: [1] };

describe('CompleteAppointment', () => {
  let harness: UseCaseHarness;
  let sut: CompleteAppointment;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(CompleteAppointment);
  });
  afterAll(() => harness.close());

  it('closes a checked-in visit with what was done and why', async () => {
    const provider = someoneAtANewClinic('provider');
    const visit = await aCheckedInVisit(harness, provider, await aBookableClinic(harness, provider), WEDNESDAY_TEN);
    const closing = {
      ...harness.commandFor(provider),
      appointmentId: visit.id,
      diagnoses: ['J06.9'],
      procedures: [OFFICE_VISIT],
    };
    const completed = await harness.as(provider, () => sut.execute(closing));
    expect(completed).toMatchObject({ status: 'completed', diagnoses: ['J06.9'], procedures: [OFFICE_VISIT] });
  });

  it('refuses with 409 to complete a visit the patient has not checked in for', async () => {
    const provider = someoneAtANewClinic('provider');
    const visit = await aBookedVisit(harness, provider, await aBookableClinic(harness, provider), WEDNESDAY_TEN);
    const closing = harness.as(provider, () =>
      sut.execute({
        ...harness.commandFor(provider),
        appointmentId: visit.id,
        diagnoses: ['J06.9'],
        procedures: [OFFICE_VISIT],
      }),
    );
    await expect(closing).rejects.toBeInstanceOf(IllegalTransitionError);
    await expect(closing).rejects.toThrow('a visit can be completed only after the patient has checked in');
  });

  it('refuses a procedure pointing at a diagnosis that is not listed, and leaves the visit open', async () => {
    const provider = someoneAtANewClinic('provider');
    const visit = await aCheckedInVisit(harness, provider, await aBookableClinic(harness, provider), WEDNESDAY_TEN);
    const dangling = { ...OFFICE_VISIT, diagnosisPointers: [2] };
    const closing = harness.as(provider, () =>
      sut.execute({
        ...harness.commandFor(provider),
        appointmentId: visit.id,
        diagnoses: ['J06.9'],
        procedures: [dangling],
      }),
    );
    await expect(closing).rejects.toBeInstanceOf(UnprocessableError);
    const again = await harness.as(provider, () =>
      sut.execute({
        ...harness.commandFor(provider),
        appointmentId: visit.id,
        diagnoses: ['J06.9'],
        procedures: [OFFICE_VISIT],
      }),
    );
    expect(again.status).toBe('completed');
  });
});
