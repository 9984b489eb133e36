import { ConflictError } from '@praxis/platform';
import { EntityManager, Not } from 'typeorm';
import { Room } from './room.entity';

export class RoomNameTakenError extends ConflictError {
  constructor(name: string) {
    super(`a room named "${name}" already exists at this location`);
  }
}

export const refuseTakenRoomName = async (
  manager: EntityManager,
  locationId: string,
  name: string,
  exceptRoomId?: string,
): Promise<void> => {
  const taken = await manager.existsBy(Room, { locationId, name, ...(exceptRoomId ? { id: Not(exceptRoomId) } : {}) });
  if (taken) throw new RoomNameTakenError(name);
};
