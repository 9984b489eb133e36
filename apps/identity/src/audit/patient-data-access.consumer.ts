import { Controller } from '@nestjs/common';
import { EventEnvelope, isEvent, PatientDataAccessed, PayloadOf, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

const auditLinesOf = ({
  tenantId,
  payload,
}: EventEnvelope<PayloadOf<typeof PatientDataAccessed>>): Array<Partial<AuditEvent>> =>
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
  @ConsumeEvents(Topic.AuditPatientData, [PatientDataAccessed])
  async onAccess(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (!isEvent(PatientDataAccessed, envelope)) return;
    await manager.insert(AuditEvent, auditLinesOf(envelope));
  }
}
