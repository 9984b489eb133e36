import { ApiProperty } from '@nestjs/swagger';
import type { Slot } from './slot-generation';

/** A free start time: instants with the location's UTC offset, and the same moment on the location's wall clock. */
export class SlotDto implements Slot {
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty({ format: 'uuid' }) locationId: string;
  @ApiProperty({ format: 'date-time', example: '2025-03-10T09:00:00-05:00' }) startsAt: string;
  @ApiProperty({ format: 'date-time', example: '2025-03-10T09:30:00-05:00' }) endsAt: string;
  @ApiProperty({ format: 'date', example: '2025-03-10' }) localDate: string;
  @ApiProperty({ pattern: '^\\d{2}:\\d{2}$', example: '09:00' }) localTime: string;
}
