import { Controller } from '@nestjs/common';
import { APPOINTMENT_EVENTS, AppointmentCompleted, EventEnvelope, isEvent, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { Clock } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { ClaimScrubbing } from '../claims/scrub/claim-scrubbing';
import { CompletedVisit } from './completed-visit.entity';

/**
 * A completed visit tells claims who rendered the care and on which clock. Its charges may reach claims first
 * (another topic): their claims are scrubbed again once the visit is known.
 */
@Controller()
export class AppointmentEventsConsumer {
  constructor(
    private readonly scrubbing: ClaimScrubbing,
    private readonly clock: Clock,
  ) {}

  @ConsumeEvents(Topic.SchedulingAppointments, APPOINTMENT_EVENTS)
  async onAppointmentEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (!isEvent(AppointmentCompleted, envelope)) return;
    const { appointmentId: id, patientId, locationId, renderingProviderNpi, timeZone } = envelope.payload;
    await manager.upsert(
      CompletedVisit,
      { id, tenantId: envelope.tenantId, locationId, renderingProviderNpi, timeZone },
      ['id'],
    );
    await this.scrubbing.scrubOpenAgain(
      manager,
      { patientId, visitId: id },
      { actorUserId: null, now: this.clock.now() },
    );
  }
}
