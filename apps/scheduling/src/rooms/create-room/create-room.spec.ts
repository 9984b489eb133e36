import { UnprocessableError } from '@praxis/platform';
import { UseCaseHarness } from '@praxis/testing';
import { aReplicatedLocation, someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { RoomNameTakenError } from '../room-names';
import { RoomsQueries } from '../rooms.queries';
import { CreateRoom } from './create-room.usecase';

describe('CreateRoom', () => {
  let harness: UseCaseHarness;
  let sut: CreateRoom;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(CreateRoom);
  });
  afterAll(() => harness.close());

  it('adds an active room that the location lists', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const location = await aReplicatedLocation(harness, manager);
    const room = await harness.as(manager, () =>
      sut.execute({ ...harness.commandFor(manager), locationId: location.id, name: 'Exam 1' }),
    );
    const listed = await harness.as(manager, () => harness.get(RoomsQueries).list(location.id));
    expect(listed).toEqual([expect.objectContaining({ id: room.id, name: 'Exam 1', active: true })]);
  });

  it('refuses a second room of the same name at the location', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const location = await aReplicatedLocation(harness, manager);
    const exam = { ...harness.commandFor(manager), locationId: location.id, name: 'Exam 1' };
    await harness.as(manager, () => sut.execute(exam));
    await expect(harness.as(manager, () => sut.execute(exam))).rejects.toBeInstanceOf(RoomNameTakenError);
  });

  it('refuses a location scheduling has not heard of', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const unknownLocation = someoneAtANewClinic('clinic_manager').tenantId;
    const creating = harness.as(manager, () =>
      sut.execute({ ...harness.commandFor(manager), locationId: unknownLocation, name: 'Exam 1' }),
    );
    await expect(creating).rejects.toBeInstanceOf(UnprocessableError);
  });
});
