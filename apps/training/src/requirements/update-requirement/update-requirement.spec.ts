import { UnprocessableError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { someoneAtANewClinic, UseCaseHarness } from '@praxis/testing';
import {
  aSeededClinic,
  assignedNames,
  identityAnnounces,
  startTrainingUseCases,
} from '../../../test/training-use-cases';
import { Requirement } from '../requirement.entity';
import { UpdateRequirement } from './update-requirement.usecase';

describe('UpdateRequirement', () => {
  let harness: UseCaseHarness;
  let sut: UpdateRequirement;

  beforeAll(async () => {
    harness = await startTrainingUseCases();
    sut = harness.get(UpdateRequirement);
  });
  afterAll(() => harness.close());

  const aClinicWithAFrontDesk = async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    await aSeededClinic(harness, manager);
    const frontDesk = await identityAnnounces(harness, manager, { roles: ['front_desk'] });
    const bls = await harness.as(manager, () =>
      harness.get(TenantTransactions).run((db) => db.findOneByOrFail(Requirement, { name: 'BLS certification' })),
    );
    return { manager, frontDesk, bls };
  };

  it('re-assigns everyone when the roles change, and retires everyone’s assignment when it is deactivated', async () => {
    const { manager, frontDesk, bls } = await aClinicWithAFrontDesk();
    const command = { ...harness.commandFor(manager), requirementId: bls.id };

    await harness.as(manager, () => sut.execute({ ...command, changes: { roles: ['provider', 'front_desk'] } }));
    expect(await assignedNames(harness, manager, frontDesk)).toContain('BLS certification');

    await harness.as(manager, () => sut.execute({ ...command, changes: { active: false } }));
    expect(await assignedNames(harness, manager, frontDesk)).not.toContain('BLS certification');
  });

  it('drops the months when the recurrence no longer uses them, and refuses months-based without them', async () => {
    const { manager, bls } = await aClinicWithAFrontDesk();
    const command = { ...harness.commandFor(manager), requirementId: bls.id };
    const printed = await harness.as(manager, () =>
      sut.execute({ ...command, changes: { recurrence: 'printed_expiry' } }),
    );
    expect(printed).toMatchObject({ recurrence: 'printed_expiry', everyMonths: null });
    await expect(
      harness.as(manager, () => sut.execute({ ...command, changes: { recurrence: 'months' } })),
    ).rejects.toBeInstanceOf(UnprocessableError);
  });
});
