import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { IsIanaTimeZone, NotFoundError } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PostalAddressDto } from '../clinics/sign-up-clinic/sign-up-clinic.dto';
import { Location } from './location.entity';

export class NewLocationDto {
  @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @IsIanaTimeZone() timeZone: string;
  @ValidateNested() @Type(() => PostalAddressDto) address: PostalAddressDto;
}

@ApiTags('locations')
@Controller('api/v1/locations')
export class LocationsController {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
  ) {}

  @RequirePermission('locations:write')
  @Post()
  create(@Body() request: NewLocationDto): Promise<Location> {
    return this.transactions.run((manager) => manager.save(manager.create(Location, { ...request, tenantId: this.context.tenantId })));
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
