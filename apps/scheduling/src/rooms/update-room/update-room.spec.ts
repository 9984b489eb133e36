import { UseCaseHarness } from '@praxis/testing';
import {
  aReplicatedLocation,
  ClinicActor,
  someoneAtANewClinic,
  startSchedulingUseCases,
} from '../../../test/scheduling-use-cases';
import { CreateRoom } from '../create-room/create-room.usecase';
import { RoomNameTakenError } from '../room-names';
import { Room } from '../room.entity';
import { RoomsQueries } from '../rooms.queries';
import { UpdateRoom } from './update-room.usecase';

describe('UpdateRoom', () => {
  let harness: UseCaseHarness;
  let sut: UpdateRoom;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(UpdateRoom);
  });
  afterAll(() => harness.close());

  const aRoom = (manager: ClinicActor, locationId: string, name: string): Promise<Room> =>
    harness.as(manager, () => harness.get(CreateRoom).execute({ ...harness.commandFor(manager), locationId, name }));

  it('lists a renamed room under its new name, still active', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const location = await aReplicatedLocation(harness, manager);
    const room = await aRoom(manager, location.id, 'Exam 1');
    await harness.as(manager, () =>
      sut.execute({ ...harness.commandFor(manager), roomId: room.id, changes: { name: 'Procedure room' } }),
    );
    const listed = await harness.as(manager, () => harness.get(RoomsQueries).list(location.id));
    expect(listed).toEqual([expect.objectContaining({ id: room.id, name: 'Procedure room', active: true })]);
  });

  it('refuses a name another room at the location already has', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const location = await aReplicatedLocation(harness, manager);
    await aRoom(manager, location.id, 'Exam 1');
    const second = await aRoom(manager, location.id, 'Exam 2');
    const renaming = harness.as(manager, () =>
      sut.execute({ ...harness.commandFor(manager), roomId: second.id, changes: { name: 'Exam 1' } }),
    );
    await expect(renaming).rejects.toBeInstanceOf(RoomNameTakenError);
  });
});
