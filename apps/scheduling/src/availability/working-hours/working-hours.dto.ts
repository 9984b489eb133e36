import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';
import { WALL_CLOCK_MESSAGE, WALL_CLOCK_TIME } from '../wall-clock-time';

export class WeeklyRangeDto {
  @IsInt() @Min(1) @Max(7) weekday: number;
  @Matches(WALL_CLOCK_TIME, { message: WALL_CLOCK_MESSAGE('start') }) start: string;
  @Matches(WALL_CLOCK_TIME, { message: WALL_CLOCK_MESSAGE('end') }) end: string;
}

export class ReplaceWorkingHoursDto {
  @IsArray() @ArrayMaxSize(70) @ValidateNested({ each: true }) @Type(() => WeeklyRangeDto) hours: WeeklyRangeDto[];
}

export class WorkingHoursView {
  id: string;
  providerId: string;
  locationId: string;
  weekday: number;
  start: string;
  end: string;
}
