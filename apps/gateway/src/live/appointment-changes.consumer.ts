import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Topic } from '@praxis/contracts';
import { Clock } from '@praxis/platform';
import { appointmentChangeOf, appointmentEvents } from './appointment-change';
import { ClinicChannels } from './clinic-channels';
import { LONGEST_STREAM_MS } from './live-appointment-stream';

/**
 * Announces scheduling's appointment changes to the open calendars of the clinic. An announcement is a hint to refetch,
 * so the gateway needs no inbox, and one that cannot be published is logged and passed over rather than holding up the
 * partition: calendars whose replica lost Redis reconnect and fetch afresh.
 */
@Controller()
export class AppointmentChangesConsumer {
  private readonly logger = new Logger(AppointmentChangesConsumer.name);

  constructor(
    private readonly channels: ClinicChannels,
    private readonly clock: Clock,
  ) {}

  @EventPattern(Topic.SchedulingAppointments)
  async onAppointmentEvent(@Payload() value: unknown): Promise<void> {
    const envelope = appointmentEvents.parseIfKnown(value);
    if (!envelope || this.isOlderThanEveryStream(envelope.occurredAt)) return;
    await this.channels.publish(envelope.tenantId, appointmentChangeOf(envelope)).catch((error: unknown) => {
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error), eventId: envelope.id },
        'could not announce an appointment change',
      );
    });
  }

  /**
   * A stream's client fetched its calendar when the stream opened, and no stream lives longer than LONGEST_STREAM_MS:
   * a change older than that is in every open calendar already. Skipping it keeps a new consumer group, which reads
   * the topic from its beginning, from replaying days of history to Redis.
   */
  private isOlderThanEveryStream(occurredAt: string): boolean {
    return this.clock.now().getTime() - Date.parse(occurredAt) > LONGEST_STREAM_MS;
  }
}
