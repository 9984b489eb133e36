import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  tenantId: string;
  actorUserId: string | null;
  action: string;
  resource: string | null;
  requestId: string | null;
  occurredAt: Date;
}

@Injectable()
export class AuditTrail {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEvent, entry);
  }
}
