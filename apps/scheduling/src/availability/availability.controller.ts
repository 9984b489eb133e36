import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { TenantTransactions } from '@praxis/tenancy';
import { ProviderDirectory } from '../providers/provider-directory';
import { AvailabilityException } from './exceptions/availability-exception.entity';
import { AvailabilityExceptions } from './exceptions/availability-exceptions';
import { ExceptionsQuery, ExtraHoursDto, HolidayDto, TimeOffDto } from './exceptions/exception.dto';
import { ReplaceWorkingHours, toView } from './working-hours/replace-working-hours.usecase';
import { ReplaceWorkingHoursDto, WorkingHoursView } from './working-hours/working-hours.dto';
import { WorkingHours } from './working-hours/working-hours.entity';

@ApiTags('availability')
@Controller('api/v1/availability')
export class AvailabilityController {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly providers: ProviderDirectory,
    private readonly replaceWorkingHours: ReplaceWorkingHours,
    private readonly exceptions: AvailabilityExceptions,
  ) {}

  @RequirePermission('availability:read')
  @Get('providers/:providerId/working-hours')
  workingHours(@Param('providerId', ParseUUIDPipe) providerId: string): Promise<WorkingHoursView[]> {
    return this.transactions.run(async (manager) => {
      await this.providers.get(manager, providerId);
      const rows = await manager.find(WorkingHours, { where: { providerId }, order: { weekday: 'ASC', startTime: 'ASC' } });
      return rows.map(toView);
    });
  }

  @RequirePermission('availability:write')
  @Put('providers/:providerId/locations/:locationId/working-hours')
  replace(
    @Param('providerId', ParseUUIDPipe) providerId: string,
    @Param('locationId', ParseUUIDPipe) locationId: string,
    @Body() { hours }: ReplaceWorkingHoursDto,
  ): Promise<WorkingHoursView[]> {
    return this.replaceWorkingHours.execute(providerId, locationId, hours);
  }

  @RequirePermission('availability:write')
  @Delete('providers/:providerId/locations/:locationId/working-hours')
  @HttpCode(204)
  async clear(@Param('providerId', ParseUUIDPipe) providerId: string, @Param('locationId', ParseUUIDPipe) locationId: string): Promise<void> {
    await this.replaceWorkingHours.execute(providerId, locationId, []);
  }

  @RequirePermission('availability:write')
  @Post('time-off')
  addTimeOff(@Body() request: TimeOffDto): Promise<AvailabilityException> {
    return this.exceptions.addTimeOff(request);
  }

  @RequirePermission('availability:write')
  @Post('holidays')
  addHoliday(@Body() request: HolidayDto): Promise<AvailabilityException> {
    return this.exceptions.addHoliday(request);
  }

  @RequirePermission('availability:write')
  @Post('extra-hours')
  addExtraHours(@Body() request: ExtraHoursDto): Promise<AvailabilityException> {
    return this.exceptions.addExtraHours(request);
  }

  @RequirePermission('availability:read')
  @Get('exceptions')
  listExceptions(@Query() query: ExceptionsQuery): Promise<AvailabilityException[]> {
    return this.exceptions.list(query);
  }

  @RequirePermission('availability:write')
  @Delete('exceptions/:id')
  @HttpCode(204)
  removeException(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.exceptions.remove(id);
  }
}
