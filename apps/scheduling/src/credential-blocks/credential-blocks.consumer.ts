import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { CredentialExpired, CredentialRenewed, EventEnvelope, EventRegistry, isEvent, Topic } from '@praxis/contracts';
import { EntityManager } from 'typeorm';
import { Inbox } from '@praxis/messaging';
import { CredentialBlock } from './credential-block.entity';

const trainingEvents = new EventRegistry([CredentialExpired, CredentialRenewed]);

interface CredentialPayload {
  credentialId: string;
  userId: string;
  credentialName: string;
}

/** Training decides when a credential lapses; scheduling only remembers which providers that blocks. */
@Controller()
export class CredentialBlocksConsumer {
  constructor(private readonly inbox: Inbox) {}

  @EventPattern(Topic.TrainingRecords)
  async onTrainingEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    const key = context.getMessage().key?.toString();
    await this.inbox.receive({ topic: context.getTopic(), key, value }, trainingEvents, async (envelope, manager) => {
      if (isEvent(CredentialExpired, envelope) && envelope.payload.blocksScheduling) {
        await this.record(manager, envelope, { blocking: true, expiredOn: envelope.payload.expiredOn });
      }
      if (isEvent(CredentialRenewed, envelope)) await this.record(manager, envelope, { blocking: false, expiredOn: null });
    });
  }

  /** Applies an event only if it is newer than the one the row already reflects, so a late "expired" cannot undo a renewal. */
  private async record(manager: EntityManager, envelope: EventEnvelope<CredentialPayload>, standing: Pick<CredentialBlock, 'blocking' | 'expiredOn'>) {
    const { credentialId, userId, credentialName } = envelope.payload;
    await manager.query(
      `INSERT INTO credential_blocks (credential_id, tenant_id, user_id, credential_name, expired_on, blocking, as_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (credential_id) DO UPDATE
       SET credential_name = EXCLUDED.credential_name, expired_on = EXCLUDED.expired_on, blocking = EXCLUDED.blocking, as_of = EXCLUDED.as_of
       WHERE credential_blocks.as_of < EXCLUDED.as_of`,
      [credentialId, envelope.tenantId, userId, credentialName, standing.expiredOn, standing.blocking, envelope.occurredAt],
    );
  }
}
