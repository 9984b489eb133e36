import { Injectable } from '@nestjs/common';
import { CredentialRenewed } from '@praxis/contracts';
import { OutboxWriter } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity';
import { Requirement } from '../requirements/requirement.entity';
import { Completion } from './completion.entity';

/**
 * A verified completion of a scheduling-blocking requirement tells scheduling the person may be booked again. It is
 * sent on every verification, not only after a lapse: scheduling keeps the newest word per credential.
 */
@Injectable()
export class CredentialRenewals {
  constructor(private readonly outbox: OutboxWriter) {}

  async announce(
    manager: EntityManager,
    requirement: Requirement,
    assignment: Assignment,
    completion: Completion,
  ): Promise<void> {
    if (completion.review !== 'verified' || !requirement.blocksScheduling) return;
    await this.outbox.append(manager, CredentialRenewed, {
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
