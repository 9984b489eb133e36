import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { IsCalendarDate, IsIanaTimeZone } from '@praxis/domain';
import { OmittableButNotNull } from '@praxis/platform';
import { IsIn } from 'class-validator';
import { AppointmentView } from '../appointment-view';
import { ScheduleReader } from './schedule-reader.query';
import { ScheduleView } from './schedule-view.dto';
import { ScheduleSpan } from './schedule-window';

export class ScheduleQuery {
  @IsCalendarDate() date: string;
  @OmittableButNotNull() @IsIn(['day', 'week']) span: ScheduleSpan = 'day';
  @OmittableButNotNull() @IsIanaTimeZone() timeZone?: string;
}

@ApiTags('schedules')
@Controller('api/v1')
export class SchedulesController {
  constructor(private readonly schedules: ScheduleReader) {}

  @RequirePermission('appointments:read')
  @Get('schedules/providers/:providerId')
  forProvider(
    @Param('providerId', ParseUUIDPipe) providerId: string,
    @Query() query: ScheduleQuery,
  ): Promise<ScheduleView> {
    return this.schedules.forProvider(providerId, query);
  }

  @RequirePermission('appointments:read')
  @Get('schedules/locations/:locationId')
  forLocation(
    @Param('locationId', ParseUUIDPipe) locationId: string,
    @Query() query: ScheduleQuery,
  ): Promise<ScheduleView> {
    return this.schedules.forLocation(locationId, query);
  }

  @RequirePermission('appointments:read')
  @Get('patients/:patientId/appointments')
  history(@Param('patientId', ParseUUIDPipe) patientId: string): Promise<AppointmentView[]> {
    return this.schedules.history(patientId);
  }
}
