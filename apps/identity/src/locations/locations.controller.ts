import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { LocationCreated, LocationUpdated } from '@praxis/contracts';
import { OutboxWriter } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { IsIanaTimeZone, NestedObject, NotFoundError, OmittableButNotNull, sentFields } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PostalAddressDto } from '../clinics/sign-up-clinic/sign-up-clinic.dto';
import { Location } from './location.entity';

export class NewLocationDto {
  @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @IsIanaTimeZone() timeZone: string;
  @NestedObject(() => PostalAddressDto) address: PostalAddressDto;
}

export class LocationChangesDto {
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @OmittableButNotNull() @IsIanaTimeZone() timeZone?: string;
  @OmittableButNotNull() @NestedObject(() => PostalAddressDto) address?: PostalAddressDto;
}

@ApiTags('locations')
@Controller('api/v1/locations')
export class LocationsController {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
    private readonly outbox: OutboxWriter,
  ) {}

  private announce(manager: EntityManager, contract: typeof LocationCreated | typeof LocationUpdated, location: Location) {
    return this.outbox.append(manager, contract, {
      aggregateId: location.id,
      payload: { locationId: location.id, name: location.name, timeZone: location.timeZone },
    });
  }

  @RequirePermission('locations:write')
  @Post()
  create(@Body() request: NewLocationDto): Promise<Location> {
    return this.transactions.run(async (manager) => {
      const location = await manager.save(manager.create(Location, { ...request, tenantId: this.context.tenantId }));
      await this.announce(manager, LocationCreated, location);
      return location;
    });
  }

  @RequirePermission('locations:write')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() changes: LocationChangesDto): Promise<Location> {
    return this.transactions.run(async (manager) => {
      const location = await manager.findOneBy(Location, { id });
      if (!location) throw new NotFoundError('location', id);
      await manager.save(Object.assign(location, sentFields(changes)));
      await this.announce(manager, LocationUpdated, location);
      return location;
    });
  }

  @RequirePermission('locations:read')
  @Get()
  list(): Promise<Location[]> {
    return this.transactions.run((manager) => manager.find(Location, { order: { name: 'ASC' } }));
  }

  @RequirePermission('locations:read')
  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<Location> {
    const location = await this.transactions.run((manager) => manager.findOneBy(Location, { id }));
    if (!location) throw new NotFoundError('location', id);
    return location;
  }
}
