import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { AddExtraHours } from './exceptions/add-extra-hours/add-extra-hours.usecase';
import { AddHoliday } from './exceptions/add-holiday/add-holiday.usecase';
import { AddTimeOff } from './exceptions/add-time-off/add-time-off.usecase';
import { AvailabilityException } from './exceptions/availability-exception.entity';
import { AvailabilityExceptionsQueries } from './exceptions/availability-exceptions.queries';
import { ExceptionsQuery, ExtraHoursDto, HolidayDto, TimeOffDto } from './exceptions/dto/exception.dto';
import { RemoveAvailabilityException } from './exceptions/remove-availability-exception/remove-availability-exception.usecase';
import { ReplaceWorkingHoursDto, WorkingHoursView } from './working-hours/dto/working-hours.dto';
import { ReplaceWorkingHours } from './working-hours/replace-working-hours/replace-working-hours.usecase';
import { WorkingHoursQueries } from './working-hours/working-hours.queries';

@ApiTags('availability')
@Controller('api/v1/availability')
export class AvailabilityController {
  constructor(
    private readonly commands: CommandContext,
    private readonly workingHoursQueries: WorkingHoursQueries,
    private readonly exceptions: AvailabilityExceptionsQueries,
    private readonly replaceWorkingHours: ReplaceWorkingHours,
    private readonly addTimeOffUseCase: AddTimeOff,
    private readonly addHolidayUseCase: AddHoliday,
    private readonly addExtraHoursUseCase: AddExtraHours,
    private readonly removeExceptionUseCase: RemoveAvailabilityException,
  ) {}

  @RequirePermission('availability:read')
  @Get('providers/:providerId/working-hours')
  workingHours(@Param('providerId', ParseUUIDPipe) providerId: string): Promise<WorkingHoursView[]> {
    return this.workingHoursQueries.ofProvider(providerId);
  }

  @RequirePermission('availability:write')
  @Put('providers/:providerId/locations/:locationId/working-hours')
  replace(
    @Param('providerId', ParseUUIDPipe) providerId: string,
    @Param('locationId', ParseUUIDPipe) locationId: string,
    @Body() { hours }: ReplaceWorkingHoursDto,
  ): Promise<WorkingHoursView[]> {
    return this.replaceWorkingHours.execute({ ...this.commands.current(), providerId, locationId, hours });
  }

  @RequirePermission('availability:write')
  @Delete('providers/:providerId/locations/:locationId/working-hours')
  @HttpCode(204)
  async clear(
    @Param('providerId', ParseUUIDPipe) providerId: string,
    @Param('locationId', ParseUUIDPipe) locationId: string,
  ): Promise<void> {
    await this.replaceWorkingHours.execute({ ...this.commands.current(), providerId, locationId, hours: [] });
  }

  @RequirePermission('availability:write')
  @Post('time-off')
  addTimeOff(@Body() request: TimeOffDto): Promise<AvailabilityException> {
    return this.addTimeOffUseCase.execute({ ...this.commands.current(), ...request });
  }

  @RequirePermission('availability:write')
  @Post('holidays')
  addHoliday(@Body() request: HolidayDto): Promise<AvailabilityException> {
    return this.addHolidayUseCase.execute({ ...this.commands.current(), ...request });
  }

  @RequirePermission('availability:write')
  @Post('extra-hours')
  addExtraHours(@Body() request: ExtraHoursDto): Promise<AvailabilityException> {
    return this.addExtraHoursUseCase.execute({ ...this.commands.current(), ...request });
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
    return this.removeExceptionUseCase.execute({ ...this.commands.current(), exceptionId: id });
  }
}
