import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { CreateRoom } from './create-room/create-room.usecase';
import { CreateRoomDto, RoomsQuery, UpdateRoomDto } from './dto/room.dto';
import { Room } from './room.entity';
import { RoomsQueries } from './rooms.queries';
import { UpdateRoom } from './update-room/update-room.usecase';

@ApiTags('rooms')
@Controller('api/v1/rooms')
export class RoomsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly rooms: RoomsQueries,
    private readonly createRoom: CreateRoom,
    private readonly updateRoom: UpdateRoom,
  ) {}

  @RequirePermission('rooms:write')
  @Post()
  create(@Body() request: CreateRoomDto): Promise<Room> {
    return this.createRoom.execute({ ...this.commands.current(), ...request });
  }

  @RequirePermission('rooms:read')
  @Get()
  list(@Query() { locationId }: RoomsQuery): Promise<Room[]> {
    return this.rooms.list(locationId);
  }

  @RequirePermission('rooms:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Room> {
    return this.rooms.get(id);
  }

  @RequirePermission('rooms:write')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() changes: UpdateRoomDto): Promise<Room> {
    return this.updateRoom.execute({ ...this.commands.current(), roomId: id, changes });
  }
}
