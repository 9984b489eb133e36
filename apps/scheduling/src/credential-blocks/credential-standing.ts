import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CredentialBlock } from './credential-block.entity';

/** What booking asks of training's replica: which of a provider's credentials currently block scheduling. */
@Injectable()
export class CredentialStanding {
  blockingCredentials(manager: EntityManager, userId: string): Promise<CredentialBlock[]> {
    return manager.findBy(CredentialBlock, { userId, blocking: true });
  }
}
