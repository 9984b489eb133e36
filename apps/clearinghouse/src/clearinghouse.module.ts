import { DynamicModule, Module } from '@nestjs/common';
import {
  Clock,
  edgeProviders,
  HealthController,
  READINESS_CHECKS,
  structuredLogging,
  SystemClock,
} from '@praxis/platform';
import { TenancyModule } from '@praxis/tenancy';
import { ClearinghouseConfig } from './clearinghouse.config';
import { MailboxController } from './mailbox/mailbox.controller';
import { Mailbox } from './mailbox/mailbox';
import { RulesController } from './rules/rules.controller';
import { CLEARINGHOUSE_CONFIG, SandboxRulebook } from './rules/sandbox-rules';
import { SubmissionsController } from './submissions/submissions.controller';
import { ReceiveSubmission } from './submissions/receive-submission';

export const CLEARINGHOUSE_SERVICE = 'clearinghouse';

/** A stand-in clearinghouse: no database, no events, nothing but HTTP, as a real one looks from Praxis. */
@Module({})
export class ClearinghouseModule {
  static register(config: ClearinghouseConfig): DynamicModule {
    return {
      module: ClearinghouseModule,
      imports: [TenancyModule, structuredLogging(CLEARINGHOUSE_SERVICE, config.LOG_LEVEL)],
      controllers: [HealthController, SubmissionsController, MailboxController, RulesController],
      providers: [
        ...edgeProviders(),
        { provide: CLEARINGHOUSE_CONFIG, useValue: config },
        { provide: Clock, useClass: SystemClock },
        { provide: READINESS_CHECKS, useValue: [] },
        SandboxRulebook,
        Mailbox,
        ReceiveSubmission,
      ],
    };
  }
}
