import { Inject, Injectable } from '@nestjs/common';
import {
  MAX_RECORDS_PER_ACCESS_EVENT,
  PatientDataAccessed,
  PatientDataAction,
  PatientRecordKind,
  PatientRecordRef,
} from '@praxis/contracts';
import { TenantContext } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { KAFKA_SETTINGS, KafkaSettings } from '../kafka/kafka-settings';
import { OutboxRow, OutboxWriter } from '../outbox/outbox-writer';

/** What a read of one patient's list disclosed: each record, or, for an empty list, that it is empty. */
export const patientListRecords = (
  patientId: string,
  kind: PatientRecordKind,
  ids: readonly string[],
): PatientRecordRef[] =>
  ids.length > 0 ? ids.map((id) => ({ patientId, kind, id })) : [{ patientId, kind, id: null }];

const chunksOf = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/**
 * Leaves a trace of every read or change of patient data (HIPAA's accounting of disclosures). Call it inside the
 * unit of work that reads or changes the data: the trace goes into the outbox in that same transaction, so it is
 * never lost, and never written for a change that rolled back. Identity gathers the traces of every service.
 */
@Injectable()
export class PatientDataTrail {
  constructor(
    @Inject(KAFKA_SETTINGS) private readonly settings: KafkaSettings,
    private readonly context: TenantContext,
    private readonly outbox: OutboxWriter,
  ) {}

  /** One outbox INSERT for up to a thousand records; nothing at all when nothing was disclosed. */
  async record(
    manager: EntityManager,
    action: PatientDataAction,
    records: readonly PatientRecordRef[],
    occurredAt = new Date(),
  ): Promise<void> {
    for (const row of this.rowsFor(action, records, occurredAt)) await this.outbox.write(manager, row);
  }

  /** The outbox rows `record` would write, for a caller that writes them in a statement of its own. */
  rowsFor(action: PatientDataAction, records: readonly PatientRecordRef[], occurredAt = new Date()): OutboxRow[] {
    const actorUserId = this.context.actor.userId ?? null;
    return chunksOf(records, MAX_RECORDS_PER_ACCESS_EVENT).map((chunk) =>
      this.outbox.rowFor(PatientDataAccessed, {
        // Keyed by the staff member, so one person's trail reaches the audit store in the order it happened.
        aggregateId: actorUserId ?? this.context.tenantId,
        payload: {
          service: this.settings.serviceName,
          actorUserId,
          action,
          records: chunk,
          occurredAt: occurredAt.toISOString(),
          requestId: this.context.requestId ?? null,
        },
      }),
    );
  }
}
