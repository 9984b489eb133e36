import { aValidNpi, UseCaseHarness } from '@praxis/testing';
import {
  aReplicatedStaffMember,
  someoneAtANewClinic,
  startSchedulingUseCases,
} from '../../../test/scheduling-use-cases';
import { ProviderDirectory } from '../provider-directory';
import { CreateProvider, NotAProviderError, ProviderExistsError } from './create-provider.usecase';

describe('CreateProvider', () => {
  let harness: UseCaseHarness;
  let sut: CreateProvider;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(CreateProvider);
  });
  afterAll(() => harness.close());

  const aProviderRequest = (userId: string) => ({ userId, npi: aValidNpi(), taxonomyCode: '207Q00000X' });

  it('lists a staff member with the provider role under their staff directory name', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const doctor = await aReplicatedStaffMember(harness, manager, ['provider'], 'Dr Cristina Yang');
    const provider = await harness.as(manager, () =>
      sut.execute({ ...harness.commandFor(manager), ...aProviderRequest(doctor.userId) }),
    );
    const listed = await harness.as(manager, () => harness.get(ProviderDirectory).list());
    expect(listed).toEqual([
      expect.objectContaining({
        id: provider.id,
        userId: doctor.userId,
        displayName: 'Dr Cristina Yang',
        active: true,
      }),
    ]);
  });

  it('refuses staff without the provider role', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const receptionist = await aReplicatedStaffMember(harness, manager, ['front_desk'], 'Sam Desk');
    const creating = harness.as(manager, () =>
      sut.execute({ ...harness.commandFor(manager), ...aProviderRequest(receptionist.userId) }),
    );
    await expect(creating).rejects.toBeInstanceOf(NotAProviderError);
  });

  it('refuses to make the same staff member a provider twice', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const doctor = await aReplicatedStaffMember(harness, manager);
    await harness.as(manager, () =>
      sut.execute({ ...harness.commandFor(manager), ...aProviderRequest(doctor.userId) }),
    );
    const again = harness.as(manager, () =>
      sut.execute({ ...harness.commandFor(manager), ...aProviderRequest(doctor.userId) }),
    );
    await expect(again).rejects.toBeInstanceOf(ProviderExistsError);
  });
});
