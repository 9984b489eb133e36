import { Injectable } from '@nestjs/common';
import { sentFields } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { refuseTakenRoomName } from '../room-names';
import { Room } from '../room.entity';
import { findRoom } from '../rooms.queries';
import { UpdateRoomCommand } from './update-room.command';

@Injectable()
export class UpdateRoom {
  constructor(private readonly transactions: TenantTransactions) {}

  execute({ roomId, changes }: UpdateRoomCommand): Promise<Room> {
    return this.transactions.run(async (manager) => {
      const room = await findRoom(manager, roomId);
      if (changes.name !== undefined) await refuseTakenRoomName(manager, room.locationId, changes.name, roomId);
      return manager.save(Object.assign(room, sentFields(changes)));
    });
  }
}
