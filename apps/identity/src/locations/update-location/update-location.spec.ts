import { randomUUID } from 'node:crypto';
import { Topic } from '@praxis/contracts';
import { NotFoundError } from '@praxis/platform';
import { listenToTopic, TopicListener, UseCaseHarness } from '@praxis/testing';
import { signUpAClinic, startIdentityUseCases } from '../../../test/identity-use-cases';
import { CreateLocation } from '../create-location/create-location.usecase';
import { UpdateLocation } from './update-location.usecase';

const uptown = {
  name: 'Uptown',
  timeZone: 'America/New_York',
  address: { line1: '1 Elm St', city: 'Albany', state: 'NY', postalCode: '12207' },
};

describe('updating a location', () => {
  let harness: UseCaseHarness;
  let events: TopicListener;
  let sut: UpdateLocation;

  beforeAll(async () => {
    events = await listenToTopic(Topic.IdentityLocations);
    harness = await startIdentityUseCases();
    sut = harness.get(UpdateLocation);
  });
  afterAll(async () => {
    await harness.close();
    await events.stop();
  });

  it('moves the location to another time zone, keeps what was not sent, and announces the change', async () => {
    const { admin } = await signUpAClinic(harness);
    const location = await harness.as(admin, () =>
      harness.get(CreateLocation).execute({ ...harness.commandFor(admin), location: uptown }),
    );
    const moved = await harness.as(admin, () =>
      sut.execute({ ...harness.commandFor(admin), locationId: location.id, changes: { timeZone: 'America/Denver' } }),
    );
    expect(moved).toMatchObject({ name: 'Uptown', timeZone: 'America/Denver' });
    const [, announced] = await events.eventsOf(admin.tenantId, 2);
    expect(announced).toMatchObject({
      type: 'location.updated',
      payload: { locationId: location.id, name: 'Uptown', timeZone: 'America/Denver' },
    });
  });

  it('cannot reach a location of another clinic: not found, like a missing one', async () => {
    const { admin } = await signUpAClinic(harness);
    const { admin: otherAdmin } = await signUpAClinic(harness);
    const location = await harness.as(admin, () =>
      harness.get(CreateLocation).execute({ ...harness.commandFor(admin), location: uptown }),
    );
    for (const locationId of [location.id, randomUUID()]) {
      const update = harness.as(otherAdmin, () =>
        sut.execute({ ...harness.commandFor(otherAdmin), locationId, changes: { name: 'Mine now' } }),
      );
      await expect(update).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
