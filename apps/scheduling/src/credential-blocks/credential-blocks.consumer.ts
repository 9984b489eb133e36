import { Controller } from '@nestjs/common';
import {
  CredentialExpired,
  CredentialRenewed,
  CredentialRenewedV2,
  EventEnvelope,
  isEvent,
  Topic,
} from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { CredentialBlock } from './credential-block.entity';

interface CredentialPayload {
  credentialId: string;
  userId: string;
  credentialName: string;
}

/** Training decides when a credential lapses; scheduling only remembers which providers that blocks. */
@Controller()
export class CredentialBlocksConsumer {
  @ConsumeEvents(Topic.TrainingRecords, [CredentialExpired, CredentialRenewed, CredentialRenewedV2])
  async onTrainingEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (isEvent(CredentialExpired, envelope) && envelope.payload.blocksScheduling) {
      await this.record(manager, envelope, { blocking: true, expiredOn: envelope.payload.expiredOn });
    }
    if (isEvent(CredentialRenewed, envelope) || isEvent(CredentialRenewedV2, envelope))
      await this.record(manager, envelope, { blocking: false, expiredOn: null });
  }

  /** Applies an event only if it is newer than the one the row already reflects, so a late "expired" cannot undo a renewal. */
  private async record(
    manager: EntityManager,
    envelope: EventEnvelope<CredentialPayload>,
    standing: Pick<CredentialBlock, 'blocking' | 'expiredOn'>,
  ) {
    const { credentialId, userId, credentialName } = envelope.payload;
    await manager.query(
      `INSERT INTO credential_blocks (credential_id, tenant_id, user_id, credential_name, expired_on, blocking, as_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (credential_id) DO UPDATE
       SET credential_name = EXCLUDED.credential_name, expired_on = EXCLUDED.expired_on, blocking = EXCLUDED.blocking, as_of = EXCLUDED.as_of
       WHERE credential_blocks.as_of < EXCLUDED.as_of`,
      [
        credentialId,
        envelope.tenantId,
        userId,
        credentialName,
        standing.expiredOn,
        standing.blocking,
        envelope.occurredAt,
      ],
    );
  }
}
