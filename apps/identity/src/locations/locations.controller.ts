import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { NewLocationDto } from './create-location/create-location.dto';
import { CreateLocation } from './create-location/create-location.usecase';
import { Location } from './location.entity';
import { LocationsQuery } from './locations.query';
import { LocationChangesDto } from './update-location/update-location.dto';
import { UpdateLocation } from './update-location/update-location.usecase';

@ApiTags('locations')
@Controller('api/v1/locations')
export class LocationsController {
  constructor(
    private readonly commandContext: CommandContext,
    private readonly locations: LocationsQuery,
    private readonly createLocation: CreateLocation,
    private readonly updateLocation: UpdateLocation,
  ) {}

  @RequirePermission('locations:write')
  @Post()
  create(@Body() request: NewLocationDto): Promise<Location> {
    return this.createLocation.execute({ ...this.commandContext.current(), location: request });
  }

  @RequirePermission('locations:write')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() changes: LocationChangesDto): Promise<Location> {
    return this.updateLocation.execute({ ...this.commandContext.current(), locationId: id, changes });
  }

  @RequirePermission('locations:read')
  @Get()
  list(): Promise<Location[]> {
    return this.locations.list();
  }

  @RequirePermission('locations:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Location> {
    return this.locations.get(id);
  }
}
