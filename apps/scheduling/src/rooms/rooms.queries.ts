import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { Room } from './room.entity';

export const findRoom = async (manager: EntityManager, id: string): Promise<Room> => {
  const room = await manager.findOneBy(Room, { id });
  if (!room) throw new NotFoundError('room', id);
  return room;
};

@Injectable()
export class RoomsQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  list(locationId?: string): Promise<Room[]> {
    return this.transactions.run((manager) => manager.find(Room, { where: { locationId }, order: { name: 'ASC' } }));
  }

  get(id: string): Promise<Room> {
    return this.transactions.run((manager) => findRoom(manager, id));
  }
}
