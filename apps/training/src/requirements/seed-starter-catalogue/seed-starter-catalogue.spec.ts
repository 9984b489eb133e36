import { randomUUID } from 'node:crypto';
import { TenantTransactions } from '@praxis/tenancy';
import { handledTogether, someoneAtANewClinic, UseCaseHarness } from '@praxis/testing';
import {
  aSeededClinic,
  assignedNames,
  heldOncePlanned,
  identityAnnounces,
  startTrainingUseCases,
} from '../../../test/training-use-cases';
import { Requirement } from '../requirement.entity';

describe('SeedStarterCatalogue', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startTrainingUseCases();
  });
  afterAll(() => harness.close());

  it('gives a new clinic the starter catalogue once, however often identity announces it', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    await aSeededClinic(harness, manager);
    await aSeededClinic(harness, manager);
    const catalogue = await harness.as(manager, () =>
      harness.get(TenantTransactions).run((db) => db.find(Requirement, { order: { name: 'ASC' } })),
    );
    expect(
      catalogue.map(({ name, recurrence, everyMonths, blocksScheduling }) => ({
        name,
        recurrence,
        everyMonths,
        blocksScheduling,
      })),
    ).toEqual([
      { name: 'BLS certification', recurrence: 'months', everyMonths: 24, blocksScheduling: true },
      { name: 'HIPAA privacy', recurrence: 'once', everyMonths: null, blocksScheduling: false },
      { name: 'HIPAA security awareness', recurrence: 'months', everyMonths: 12, blocksScheduling: false },
      { name: 'OSHA bloodborne pathogens', recurrence: 'months', everyMonths: 12, blocksScheduling: false },
      { name: 'State licence', recurrence: 'printed_expiry', everyMonths: null, blocksScheduling: true },
    ]);
  });

  it('assigns staff already known when the clinic arrives, and new hires as they come', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const frontDesk = await identityAnnounces(harness, manager, { roles: ['front_desk'] });
    await aSeededClinic(harness, manager);
    const provider = await identityAnnounces(harness, manager, { roles: ['provider'] });

    expect(await assignedNames(harness, manager, frontDesk)).toEqual([
      'HIPAA privacy',
      'HIPAA security awareness',
      'OSHA bloodborne pathogens',
    ]);
    expect(await assignedNames(harness, manager, provider)).toEqual([
      'BLS certification',
      'HIPAA privacy',
      'HIPAA security awareness',
      'OSHA bloodborne pathogens',
      'State licence',
    ]);
  });

  it('assigns the starter catalogue to the clinic’s first admin when their hire and the sign-up are handled at once', async () => {
    const clinic = someoneAtANewClinic('admin');
    const firstAdmin = randomUUID();

    await handledTogether(
      harness,
      heldOncePlanned(harness),
      () => aSeededClinic(harness, clinic),
      () => identityAnnounces(harness, clinic, { userId: firstAdmin, roles: ['admin'] }),
    );

    expect(await assignedNames(harness, clinic, firstAdmin)).toEqual([
      'HIPAA privacy',
      'HIPAA security awareness',
      'OSHA bloodborne pathogens',
    ]);
  });
});
