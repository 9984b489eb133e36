import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { readInstant } from '../availability/slots/wall-clock-presenter';
import { Appointment } from './appointment.entity';

/** An appointment as the API answers it: its start also read on the location's wall clock, as a slot's is. */
@ApiSchema({ name: 'Appointment' })
export class AppointmentView extends Appointment {
  @ApiProperty({ format: 'date', example: '2025-03-10', description: "The visit's date in its location's zone." })
  localDate: string;

  @ApiProperty({ pattern: '^\\d{2}:\\d{2}$', example: '09:00', description: "The visit's start on that wall clock." })
  localTime: string;
}

export const appointmentView = (appointment: Appointment): AppointmentView => {
  // A replayed booking comes back from its stored JSON, where the start is text.
  const startsAt = new Date(appointment.startsAt);
  const { localDate, localTime } = readInstant(startsAt, appointment.timeZone);
  return { ...appointment, localDate, localTime };
};
