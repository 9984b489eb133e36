import { Controller } from '@nestjs/common';
import { APPOINTMENT_EVENTS, AppointmentCompleted, EventEnvelope, isEvent, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { CaptureCharges } from './capture-charges/capture-charges.usecase';

/** Only a completed visit is charged for; billing hears the topic's other events and leaves them be. */
@Controller()
export class AppointmentEventsConsumer {
  constructor(private readonly captureCharges: CaptureCharges) {}

  @ConsumeEvents(Topic.SchedulingAppointments, APPOINTMENT_EVENTS)
  async onAppointmentEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (!isEvent(AppointmentCompleted, envelope)) return;
    await this.captureCharges.execute(manager, { tenantId: envelope.tenantId, completed: envelope.payload });
  }
}
