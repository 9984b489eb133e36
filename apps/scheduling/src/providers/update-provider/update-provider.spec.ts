import { NotFoundError } from '@praxis/platform';
import { UseCaseHarness } from '@praxis/testing';
import { aProvider, someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { ProviderDirectory } from '../provider-directory';
import { UpdateProvider } from './update-provider.usecase';

describe('UpdateProvider', () => {
  let harness: UseCaseHarness;
  let sut: UpdateProvider;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(UpdateProvider);
  });
  afterAll(() => harness.close());

  it('shows a deactivated provider under the new name, keeping the rest', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const provider = await aProvider(harness, manager);
    await harness.as(manager, () =>
      sut.execute({
        ...harness.commandFor(manager),
        providerId: provider.id,
        changes: { displayName: 'Dr M. Grey', active: false },
      }),
    );
    const shown = await harness.as(manager, () => harness.get(ProviderDirectory).find(provider.id));
    expect(shown).toMatchObject({
      displayName: 'Dr M. Grey',
      active: false,
      npi: provider.npi,
      taxonomyCode: provider.taxonomyCode,
    });
  });

  it("does not find another clinic's provider", async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const provider = await aProvider(harness, manager);
    const intruder = someoneAtANewClinic('clinic_manager');
    const updating = harness.as(intruder, () =>
      sut.execute({ ...harness.commandFor(intruder), providerId: provider.id, changes: { active: false } }),
    );
    await expect(updating).rejects.toBeInstanceOf(NotFoundError);
  });
});
