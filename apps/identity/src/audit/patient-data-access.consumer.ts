import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { EventEnvelope, EventRegistry, isEvent, PatientDataAccessed, PayloadOf, Topic } from '@praxis/contracts';
import { Inbox } from '@praxis/messaging';
import { AuditEvent } from './audit-event.entity';

const accessEvents = new EventRegistry([PatientDataAccessed]);

const auditLinesOf = ({ tenantId, payload }: EventEnvelope<PayloadOf<typeof PatientDataAccessed>>): Array<Partial<AuditEvent>> =>
  payload.records.map((record) => ({
    tenantId,
    service: payload.service,
    actorUserId: payload.actorUserId,
    action: `${record.kind}:${payload.action}`,
    resource: null,
    patientId: record.patientId,
    recordId: record.id,
    requestId: payload.requestId,
    occurredAt: new Date(payload.occurredAt),
  }));

/** Gathers every service's patient data accesses into the clinic's one audit trail, each event exactly once. */
@Controller()
export class PatientDataAccessConsumer {
  constructor(private readonly inbox: Inbox) {}

  @EventPattern(Topic.AuditPatientData)
  async onAccess(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    const key = context.getMessage().key?.toString();
    await this.inbox.receive({ topic: context.getTopic(), key, value }, accessEvents, async (envelope, manager) => {
      if (!isEvent(PatientDataAccessed, envelope)) return;
      await manager.insert(AuditEvent, auditLinesOf(envelope));
    });
  }
}
