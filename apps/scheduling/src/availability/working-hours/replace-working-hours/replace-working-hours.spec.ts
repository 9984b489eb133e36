import { RequestValidationError } from '@praxis/platform';
import { UseCaseHarness } from '@praxis/testing';
import {
  aProvider,
  aReplicatedLocation,
  someoneAtANewClinic,
  startSchedulingUseCases,
} from '../../../../test/scheduling-use-cases';
import { WorkingHoursClashError } from '../weekly-hours';
import { WorkingHoursQueries } from '../working-hours.queries';
import { ReplaceWorkingHours } from './replace-working-hours.usecase';

describe('ReplaceWorkingHours', () => {
  let harness: UseCaseHarness;
  let sut: ReplaceWorkingHours;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(ReplaceWorkingHours);
  });
  afterAll(() => harness.close());

  const aProviderWithALocation = async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const provider = await aProvider(harness, manager);
    const location = await aReplicatedLocation(harness, manager);
    return { manager, provider, location };
  };

  it('replaces the week at the location rather than adding to it', async () => {
    const { manager, provider, location } = await aProviderWithALocation();
    const week = { ...harness.commandFor(manager), providerId: provider.id, locationId: location.id };
    await harness.as(manager, () =>
      sut.execute({
        ...week,
        hours: [
          { weekday: 1, start: '09:00', end: '17:00' },
          { weekday: 3, start: '09:00', end: '12:00' },
        ],
      }),
    );
    await harness.as(manager, () => sut.execute({ ...week, hours: [{ weekday: 2, start: '08:00', end: '12:30' }] }));
    const hours = await harness.as(manager, () => harness.get(WorkingHoursQueries).ofProvider(provider.id));
    expect(hours).toEqual([
      expect.objectContaining({ weekday: 2, start: '08:00', end: '12:30', locationId: location.id }),
    ]);
  });

  it('refuses hours that overlap the same provider at another location', async () => {
    const { manager, provider, location } = await aProviderWithALocation();
    const uptown = await aReplicatedLocation(harness, manager);
    const command = { ...harness.commandFor(manager), providerId: provider.id };
    await harness.as(manager, () =>
      sut.execute({ ...command, locationId: location.id, hours: [{ weekday: 1, start: '09:00', end: '13:00' }] }),
    );
    const clashing = harness.as(manager, () =>
      sut.execute({ ...command, locationId: uptown.id, hours: [{ weekday: 1, start: '12:00', end: '17:00' }] }),
    );
    await expect(clashing).rejects.toBeInstanceOf(WorkingHoursClashError);
  });

  it('refuses a range that ends before it starts', async () => {
    const { manager, provider, location } = await aProviderWithALocation();
    const backwards = {
      ...harness.commandFor(manager),
      providerId: provider.id,
      locationId: location.id,
      hours: [{ weekday: 1, start: '17:00', end: '09:00' }],
    };
    await expect(harness.as(manager, () => sut.execute(backwards))).rejects.toBeInstanceOf(RequestValidationError);
  });
});
