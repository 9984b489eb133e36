import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { IsCalendarDate, IsIanaTimeZone } from '@praxis/domain';
import { OmittableButNotNull, StrictInteger } from '@praxis/platform';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { AvailabilityCalendar } from '../availability-calendar';
import { SlotDto } from './slot.dto';

export class SlotsQuery {
  @IsUUID() appointmentTypeId: string;
  @IsUUID() locationId: string;
  @OmittableButNotNull() @IsUUID() providerId?: string;
  @IsCalendarDate() from: string;
  @IsCalendarDate() to: string;
  @OmittableButNotNull() @StrictInteger() @IsInt() @Min(1) @Max(1000) limit = 500;
  @OmittableButNotNull() @IsIanaTimeZone() timeZone?: string;
}

@ApiTags('slots')
@Controller('api/v1/slots')
export class SlotsController {
  constructor(private readonly calendar: AvailabilityCalendar) {}

  @RequirePermission('availability:read')
  @Get()
  find(@Query() query: SlotsQuery): Promise<SlotDto[]> {
    return this.calendar.findSlots(query);
  }
}
