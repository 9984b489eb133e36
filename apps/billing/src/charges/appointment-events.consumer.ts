import { Controller } from '@nestjs/common';
import { APPOINTMENT_EVENTS, AppointmentCompleted, EventEnvelope, isEvent, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { recordAppointmentEvent } from '../patients/patient-directory';
import { CaptureCharges } from './capture-charges/capture-charges.usecase';

/** Every visit is noted for the co-pays taken before it ends; only a completed one is charged for. */
@Controller()
export class AppointmentEventsConsumer {
  constructor(private readonly captureCharges: CaptureCharges) {}

  @ConsumeEvents(Topic.SchedulingAppointments, APPOINTMENT_EVENTS)
  async onAppointmentEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    await recordAppointmentEvent(manager, envelope);
    if (!isEvent(AppointmentCompleted, envelope)) return;
    await this.captureCharges.execute(manager, { tenantId: envelope.tenantId, completed: envelope.payload });
  }
}
