import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { ConflictError, NotFoundError, sentFields } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { EntityManager, Not } from 'typeorm';
import { LocationDirectory } from '../locations/location-directory';
import { CreateRoomDto, RoomsQuery, UpdateRoomDto } from './room.dto';
import { Room } from './room.entity';

export class RoomNameTakenError extends ConflictError {
  constructor(name: string) {
    super(`a room named "${name}" already exists at this location`);
  }
}

@ApiTags('rooms')
@Controller('api/v1/rooms')
export class RoomsController {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
    private readonly locations: LocationDirectory,
  ) {}

  @RequirePermission('rooms:write')
  @Post()
  create(@Body() request: CreateRoomDto): Promise<Room> {
    return this.transactions.run(async (manager) => {
      await this.locations.require(manager, request.locationId);
      await this.refuseTakenName(manager, request.locationId, request.name);
      return manager.save(manager.create(Room, { ...request, tenantId: this.context.tenantId }));
    });
  }

  @RequirePermission('rooms:read')
  @Get()
  list(@Query() { locationId }: RoomsQuery): Promise<Room[]> {
    return this.transactions.run((manager) => manager.find(Room, { where: { locationId }, order: { name: 'ASC' } }));
  }

  @RequirePermission('rooms:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Room> {
    return this.transactions.run((manager) => this.find(manager, id));
  }

  @RequirePermission('rooms:write')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() changes: UpdateRoomDto): Promise<Room> {
    return this.transactions.run(async (manager) => {
      const room = await this.find(manager, id);
      if (changes.name !== undefined) await this.refuseTakenName(manager, room.locationId, changes.name, id);
      return manager.save(Object.assign(room, sentFields(changes)));
    });
  }

  private async find(manager: EntityManager, id: string): Promise<Room> {
    const room = await manager.findOneBy(Room, { id });
    if (!room) throw new NotFoundError('room', id);
    return room;
  }

  private async refuseTakenName(manager: EntityManager, locationId: string, name: string, exceptRoomId?: string): Promise<void> {
    const taken = await manager.existsBy(Room, { locationId, name, ...(exceptRoomId ? { id: Not(exceptRoomId) } : {}) });
    if (taken) throw new RoomNameTakenError(name);
  }
}
