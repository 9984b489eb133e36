import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { LocationDirectory } from '../../locations/location-directory';
import { refuseTakenRoomName } from '../room-names';
import { Room } from '../room.entity';
import { CreateRoomCommand } from './create-room.command';

@Injectable()
export class CreateRoom {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly locations: LocationDirectory,
  ) {}

  execute({ tenantId, locationId, name }: CreateRoomCommand): Promise<Room> {
    return this.transactions.run(async (manager) => {
      await this.locations.require(manager, locationId);
      await refuseTakenRoomName(manager, locationId, name);
      return manager.save(manager.create(Room, { tenantId, locationId, name }));
    });
  }
}
