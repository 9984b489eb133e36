import { ApiProperty } from '@nestjs/swagger';
import { AppointmentView } from '../appointment-view';

/** A day or a week of appointments; the window's bounds are given on the wall clock of the zone it was cut in. */
export class ScheduleView {
  @ApiProperty({ example: 'America/Chicago' }) timeZone: string;
  @ApiProperty({ format: 'date-time', example: '2025-03-10T00:00:00-05:00' }) from: string;
  @ApiProperty({ format: 'date-time', example: '2025-03-11T00:00:00-05:00' }) until: string;
  @ApiProperty({ type: () => [AppointmentView] }) appointments: AppointmentView[];
}
