import { randomUUID } from 'node:crypto';
import { UnprocessableError } from '@praxis/platform';
import { handledTogether, someoneAtANewClinic, UseCaseHarness } from '@praxis/testing';
import {
  assignedNames,
  heldOncePlanned,
  identityAnnounces,
  startTrainingUseCases,
} from '../../../test/training-use-cases';
import { RequirementNameTakenError } from '../requirement-rules';
import { CreateRequirement } from './create-requirement.usecase';

const fireSafety = {
  name: 'Fire safety',
  kind: 'course' as const,
  topic: 'fire_safety' as const,
  roles: ['front_desk' as const],
  recurrence: 'months' as const,
  everyMonths: 12,
};

describe('CreateRequirement', () => {
  let harness: UseCaseHarness;
  let sut: CreateRequirement;

  beforeAll(async () => {
    harness = await startTrainingUseCases();
    sut = harness.get(CreateRequirement);
  });
  afterAll(() => harness.close());

  it('assigns it to everyone holding the role at the named locations, and to named staff', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const downtown = randomUUID();
    const atDowntown = await identityAnnounces(harness, manager, { roles: ['front_desk'], locationId: downtown });
    const elsewhere = await identityAnnounces(harness, manager, { roles: ['front_desk'], locationId: randomUUID() });
    const named = await identityAnnounces(harness, manager, { roles: ['billing_clerk'] });

    await harness.as(manager, () =>
      sut.execute({ ...harness.commandFor(manager), ...fireSafety, locationIds: [downtown], staffIds: [named] }),
    );

    expect(await assignedNames(harness, manager, atDowntown)).toEqual(['Fire safety']);
    expect(await assignedNames(harness, manager, elsewhere)).toEqual([]);
    expect(await assignedNames(harness, manager, named)).toEqual(['Fire safety']);
  });

  it('assigns it to someone whose hire is handled at the same moment as its creation', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const hire = randomUUID();

    await handledTogether(
      harness,
      heldOncePlanned(harness),
      () => identityAnnounces(harness, manager, { userId: hire, roles: ['front_desk'] }),
      () => harness.as(manager, () => sut.execute({ ...harness.commandFor(manager), ...fireSafety })),
    );

    expect(await assignedNames(harness, manager, hire)).toEqual(['Fire safety']);
  });

  it('leaves out someone whose departure is handled at the same moment as its creation', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const leaver = await identityAnnounces(harness, manager, { roles: ['front_desk'] });

    await handledTogether(
      harness,
      heldOncePlanned(harness),
      () => identityAnnounces(harness, manager, { userId: leaver, roles: ['front_desk'], active: false }),
      () => harness.as(manager, () => sut.execute({ ...harness.commandFor(manager), ...fireSafety })),
    );

    expect(await assignedNames(harness, manager, leaver)).toEqual([]);
  });

  it('refuses months for a recurrence that has none, and a month-based one without them', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const command = { ...harness.commandFor(manager), ...fireSafety };
    await expect(harness.as(manager, () => sut.execute({ ...command, recurrence: 'once' }))).rejects.toBeInstanceOf(
      UnprocessableError,
    );
    await expect(harness.as(manager, () => sut.execute({ ...command, everyMonths: undefined }))).rejects.toBeInstanceOf(
      UnprocessableError,
    );
  });

  it('refuses a second requirement of the same name', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    await harness.as(manager, () => sut.execute({ ...harness.commandFor(manager), ...fireSafety }));
    await expect(
      harness.as(manager, () => sut.execute({ ...harness.commandFor(manager), ...fireSafety, everyMonths: 6 })),
    ).rejects.toBeInstanceOf(RequirementNameTakenError);
  });
});
