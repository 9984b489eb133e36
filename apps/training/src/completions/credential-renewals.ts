import { Injectable } from '@nestjs/common';
import { CredentialRenewedV2 } from '@praxis/contracts';
import { OutboxWriter } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity';
import { Requirement } from '../requirements/requirement.entity';
import { todayAtClinic } from '../standing/clinic-calendar';
import { Completion } from './completion.entity';

/**
 * A verified, still valid completion of a scheduling-blocking requirement tells scheduling the person may be booked
 * again. It is sent on every such verification, not only after a lapse: scheduling keeps the newest word per credential.
 * One already past its expiry renews nothing; the daily scan announces its lapse.
 */
@Injectable()
export class CredentialRenewals {
  constructor(private readonly outbox: OutboxWriter) {}

  async announce(
    manager: EntityManager,
    requirement: Requirement,
    assignment: Assignment,
    completion: Completion,
    now: Date,
  ): Promise<void> {
    if (completion.review !== 'verified' || !requirement.blocksScheduling) return;
    if (completion.expiresOn !== null && completion.expiresOn < (await todayAtClinic(manager, now))) return;
    await this.outbox.append(manager, CredentialRenewedV2, {
      aggregateId: assignment.id,
      payload: {
        userId: assignment.userId,
        credentialId: assignment.id,
        credentialName: requirement.name,
        blocksScheduling: true,
        validUntil: completion.expiresOn,
      },
    });
  }
}
