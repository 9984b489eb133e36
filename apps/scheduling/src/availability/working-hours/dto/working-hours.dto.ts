import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';
import { WALL_CLOCK_MESSAGE, WALL_CLOCK_TIME } from '../../wall-clock-time';

export class WeeklyRangeDto {
  @IsInt() @Min(1) @Max(7) weekday: number;
  @Matches(WALL_CLOCK_TIME, { message: WALL_CLOCK_MESSAGE('start') }) start: string;
  @Matches(WALL_CLOCK_TIME, { message: WALL_CLOCK_MESSAGE('end') }) end: string;
}

export class ReplaceWorkingHoursDto {
  @IsArray() @ArrayMaxSize(70) @ValidateNested({ each: true }) @Type(() => WeeklyRangeDto) hours: WeeklyRangeDto[];
}

/** One weekly range as stored: wall-clock times in the location's zone. */
export class WorkingHoursView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty({ format: 'uuid' }) locationId: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 7, description: 'ISO weekday: 1 is Monday, 7 is Sunday' })
  weekday: number;
  @ApiProperty({ pattern: WALL_CLOCK_TIME.source, example: '09:00' }) start: string;
  @ApiProperty({ pattern: WALL_CLOCK_TIME.source, example: '17:00' }) end: string;
}
