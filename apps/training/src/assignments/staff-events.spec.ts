import { TenantTransactions } from '@praxis/tenancy';
import { UseCaseHarness } from '@praxis/testing';
import {
  aSeededClinic,
  assignedNames,
  identityAnnounces,
  replicatedStaff,
  someoneAtANewClinic,
  startTrainingUseCases,
} from '../../test/training-use-cases';
import { Standings } from '../standing/standings';

describe('assignments follow identity’s staff events', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startTrainingUseCases();
  });
  afterAll(() => harness.close());

  it('gives a new hire their deadline counted from the hire date, and keeps the hire date on later updates', async () => {
    const manager = someoneAtANewClinic();
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

  it('adds credentials when someone becomes a provider and retires everything when they leave', async () => {
    const manager = someoneAtANewClinic();
    await aSeededClinic(harness, manager);
    const member = await identityAnnounces(harness, manager, { roles: ['front_desk'] });
    expect(await assignedNames(harness, manager, member)).not.toContain('State licence');

    await identityAnnounces(harness, manager, { userId: member, roles: ['provider'] });
    expect(await assignedNames(harness, manager, member)).toContain('State licence');

    await identityAnnounces(harness, manager, { userId: member, roles: ['provider'], active: false });
    expect(await assignedNames(harness, manager, member)).toEqual([]);
  });
});
