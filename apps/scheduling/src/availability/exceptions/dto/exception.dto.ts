import { IsCalendarDate } from '@praxis/domain';
import { OmittableButNotNull } from '@praxis/platform';
import { IsIn, IsISO8601, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { WALL_CLOCK_MESSAGE, WALL_CLOCK_TIME } from '../../wall-clock-time';
import { ExceptionKind, exceptionKinds } from '../availability-exception.entity';

const instant = { strict: true, strictSeparator: true };

/** Either exact instants (startsAt/endsAt with an offset) or whole local dates (fromDate..toDate, inclusive). */
export class TimeOffDto {
  @IsUUID() providerId: string;
  @OmittableButNotNull() @IsISO8601(instant) startsAt?: string;
  @OmittableButNotNull() @IsISO8601(instant) endsAt?: string;
  @OmittableButNotNull() @IsCalendarDate() fromDate?: string;
  @OmittableButNotNull() @IsCalendarDate() toDate?: string;
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(500) reason?: string;
}

export class HolidayDto {
  @IsUUID() locationId: string;
  @IsCalendarDate() date: string;
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(500) reason?: string;
}

export class ExtraHoursDto {
  @IsUUID() providerId: string;
  @IsUUID() locationId: string;
  @IsCalendarDate() date: string;
  @Matches(WALL_CLOCK_TIME, { message: WALL_CLOCK_MESSAGE('start') }) start: string;
  @Matches(WALL_CLOCK_TIME, { message: WALL_CLOCK_MESSAGE('end') }) end: string;
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(500) reason?: string;
}

export class ExceptionsQuery {
  @OmittableButNotNull() @IsUUID() providerId?: string;
  @OmittableButNotNull() @IsUUID() locationId?: string;
  @OmittableButNotNull() @IsIn(exceptionKinds) kind?: ExceptionKind;
}
