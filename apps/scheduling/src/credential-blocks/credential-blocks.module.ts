import { Module } from '@nestjs/common';
import { CredentialBlocksConsumer } from './credential-blocks.consumer';
import { CredentialStanding } from './credential-standing';

/** A replica of training's credential events: scheduling keeps only which providers may not be booked. */
@Module({
  controllers: [CredentialBlocksConsumer],
  providers: [CredentialStanding],
  exports: [CredentialStanding],
})
export class CredentialBlocksModule {}
