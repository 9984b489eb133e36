import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { readInstant } from '../availability/slots/wall-clock-presenter';
import { SentNotification } from './sent-notification.entity';

/** A sent reminder as the API lists it: the visit time it announced, also on the location's wall clock. */
@ApiSchema({ name: 'SentNotification' })
export class SentReminderView extends SentNotification {
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    example: '2025-03-10',
    description: 'The announced visit’s date in its location’s zone.',
  })
  appointmentLocalDate: string | null;

  @ApiProperty({
    type: String,
    pattern: '^\\d{2}:\\d{2}$',
    nullable: true,
    example: '09:00',
    description: 'The announced visit’s start on that wall clock.',
  })
  appointmentLocalTime: string | null;
}

export const sentReminderView = (sent: SentNotification): SentReminderView => {
  const announced =
    sent.appointmentStartsAt && sent.timeZone ? readInstant(sent.appointmentStartsAt, sent.timeZone) : null;
  return {
    ...sent,
    appointmentLocalDate: announced?.localDate ?? null,
    appointmentLocalTime: announced?.localTime ?? null,
  };
};
