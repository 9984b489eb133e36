import { randomUUID } from 'node:crypto';
import { TenantTransactions } from '@praxis/tenancy';
import { someoneAtANewClinic, UseCaseHarness } from '@praxis/testing';
import {
  aSeededClinic,
  assignedNames,
  identityAnnounces,
  replicatedStaff,
  startTrainingUseCases,
} from '../../test/training-use-cases';
import { CreateRequirement } from '../requirements/create-requirement/create-requirement.usecase';
import { Standings } from '../standing/standings';

describe('assignments follow identity’s staff events', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startTrainingUseCases();
  });
  afterAll(() => harness.close());

  it('gives a new hire their deadline counted from the hire date, and keeps the hire date on later updates', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    await aSeededClinic(harness, manager);
    harness.clock.set('2026-03-02T15:00:00Z');
    const hire = await identityAnnounces(harness, manager, { roles: ['front_desk'], hiredOn: '2026-03-16' });
    await identityAnnounces(harness, manager, { userId: hire, roles: ['front_desk'] });
    expect(await replicatedStaff(harness, manager, hire)).toMatchObject({ hiredOn: '2026-03-16', active: true });
    const { rows } = await harness.as(manager, () =>
      harness.get(TenantTransactions).run((db) => harness.get(Standings).on(db, harness.clock.now(), hire)),
    );
    const osha = rows.find(({ requirementName }) => requirementName === 'OSHA bloodborne pathogens');
    expect(osha).toMatchObject({ status: 'due', deadline: '2026-03-26' });
  });

  it('reaches a new hire at the location a requirement is limited to, and whoever moves there, but nobody elsewhere', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const downtown = randomUUID();
    const drill = {
      name: 'Downtown fire drill',
      kind: 'course' as const,
      topic: 'fire_safety' as const,
      roles: ['front_desk' as const],
      locationIds: [downtown],
      recurrence: 'months' as const,
      everyMonths: 12,
    };
    await harness.as(manager, () =>
      harness.get(CreateRequirement).execute({ ...harness.commandFor(manager), ...drill }),
    );
    const hiredDowntown = await identityAnnounces(harness, manager, { roles: ['front_desk'], locationId: downtown });
    const hiredElsewhere = await identityAnnounces(harness, manager, {
      roles: ['front_desk'],
      locationId: randomUUID(),
    });
    expect(await assignedNames(harness, manager, hiredDowntown)).toEqual(['Downtown fire drill']);
    expect(await assignedNames(harness, manager, hiredElsewhere)).toEqual([]);

    await identityAnnounces(harness, manager, { userId: hiredElsewhere, roles: ['front_desk'], locationId: downtown });
    expect(await assignedNames(harness, manager, hiredElsewhere)).toEqual(['Downtown fire drill']);
  });

  it('adds credentials when someone becomes a provider and retires everything when they leave', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    await aSeededClinic(harness, manager);
    const member = await identityAnnounces(harness, manager, { roles: ['front_desk'] });
    expect(await assignedNames(harness, manager, member)).not.toContain('State licence');

    await identityAnnounces(harness, manager, { userId: member, roles: ['provider'] });
    expect(await assignedNames(harness, manager, member)).toContain('State licence');

    await identityAnnounces(harness, manager, { userId: member, roles: ['provider'], active: false });
    expect(await assignedNames(harness, manager, member)).toEqual([]);
  });
});
