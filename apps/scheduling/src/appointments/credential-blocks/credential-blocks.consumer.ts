import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { CredentialExpired, CredentialRenewed, EventRegistry, isEvent, Topic } from '@praxis/contracts';
import { Inbox } from '@praxis/messaging';
import { CredentialBlock } from './credential-block.entity';

const trainingEvents = new EventRegistry([CredentialExpired, CredentialRenewed]);

/** Training decides when a credential lapses; scheduling only remembers which providers that blocks. */
@Controller()
export class CredentialBlocksConsumer {
  constructor(private readonly inbox: Inbox) {}

  @EventPattern(Topic.TrainingRecords)
  async onTrainingEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    const key = context.getMessage().key?.toString();
    await this.inbox.receive({ topic: context.getTopic(), key, value }, trainingEvents, async (envelope, manager) => {
      if (isEvent(CredentialExpired, envelope) && envelope.payload.blocksScheduling) {
        const { credentialId, userId, credentialName, expiredOn } = envelope.payload;
        await manager.upsert(CredentialBlock, { credentialId, tenantId: envelope.tenantId, userId, credentialName, expiredOn }, ['credentialId']);
      }
      if (isEvent(CredentialRenewed, envelope)) await manager.delete(CredentialBlock, { credentialId: envelope.payload.credentialId });
    });
  }
}
