import { Topic } from '@praxis/contracts';
import { NotFoundError } from '@praxis/platform';
import { listenToTopic, TopicListener, UseCaseHarness } from '@praxis/testing';
import { signUpAClinic, startIdentityUseCases } from '../../../test/identity-use-cases';
import { LocationsQuery } from '../locations.query';
import { CreateLocation } from './create-location.usecase';

const downtown = {
  name: 'Downtown',
  timeZone: 'America/New_York',
  address: { line1: '1 Elm St', city: 'Albany', state: 'NY', postalCode: '12207' },
};

describe('creating a location', () => {
  let harness: UseCaseHarness;
  let events: TopicListener;
  let sut: CreateLocation;

  beforeAll(async () => {
    events = await listenToTopic(Topic.IdentityLocations);
    harness = await startIdentityUseCases();
    sut = harness.get(CreateLocation);
  });
  afterAll(async () => {
    await harness.close();
    await events.stop();
  });

  it('announces the new location with its time zone, for scheduling to book in', async () => {
    const { admin } = await signUpAClinic(harness);
    const location = await harness.as(admin, () => sut.execute({ ...harness.commandFor(admin), location: downtown }));
    const [announced] = await events.eventsOf(admin.tenantId, 1);
    expect(announced).toMatchObject({
      type: 'location.created',
      payload: { locationId: location.id, name: 'Downtown', timeZone: 'America/New_York' },
    });
  });

  it('shows the location to its own clinic only', async () => {
    const { admin } = await signUpAClinic(harness);
    const { admin: otherAdmin } = await signUpAClinic(harness);
    const location = await harness.as(admin, () => sut.execute({ ...harness.commandFor(admin), location: downtown }));
    const locations = harness.get(LocationsQuery);
    await expect(harness.as(admin, () => locations.get(location.id))).resolves.toMatchObject({ name: 'Downtown' });
    await expect(harness.as(otherAdmin, () => locations.get(location.id))).rejects.toBeInstanceOf(NotFoundError);
  });
});
