import { Module } from '@nestjs/common';
import { LocationsModule } from '../locations/locations.module';
import { CreateRoom } from './create-room/create-room.usecase';
import { RoomsController } from './rooms.controller';
import { RoomsQueries } from './rooms.queries';
import { UpdateRoom } from './update-room/update-room.usecase';

/** Rooms at a clinic's locations, named uniquely per location. */
@Module({
  imports: [LocationsModule],
  controllers: [RoomsController],
  providers: [RoomsQueries, CreateRoom, UpdateRoom],
})
export class RoomsModule {}
