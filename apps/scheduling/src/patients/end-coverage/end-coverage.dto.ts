import { IsCalendarDate } from '@praxis/domain';
import { ApiProperty } from '@nestjs/swagger';

export class EndCoverageDto {
  @ApiProperty({ description: 'the last day the coverage is in force (inclusive)', example: '2025-12-31' })
  @IsCalendarDate()
  effectiveTo: string;
}
