import { DynamicModule, Module } from '@nestjs/common';
import { JobsModule } from '@praxis/jobs';
import { AcknowledgementsModule } from '../acknowledgements/acknowledgements.module';
import {
  PollClearinghouseMailbox,
  PollClearinghouseMailboxJob,
} from '../acknowledgements/poll-clearinghouse-mailbox.job';
import { ClaimsConfig } from '../claims.config';
import { ClaimsModule } from '../claims/claims.module';
import { RemittancesModule } from '../remittances/remittances.module';
import { ClaimSubmissionsController } from './claim-submissions.controller';
import { ClaimSubmissionsQueries } from './claim-submissions.queries';
import { ClearinghouseAdapter } from './clearinghouse-adapter';
import { CLEARINGHOUSE_URL, SandboxClearinghouseAdapter } from './sandbox-clearinghouse.adapter';
import { SendClaimSubmission, SendClaimSubmissionJob } from './send-claim-submission.job';
import { SubmissionBuilder } from './submission-builder';
import { SUBMISSION_SETTINGS, SubmissionSettings } from './submission-settings';
import { SubmitClaims } from './submit-claims/submit-claims.usecase';
import { ScanFilingDeadlines, ScanFilingDeadlinesJob } from '../timely-filing/scan-filing-deadlines.job';
import { TimelyFilingModule } from '../timely-filing/timely-filing.module';

const settingsFrom = (config: ClaimsConfig): SubmissionSettings => ({
  clearinghouseUrl: config.CLEARINGHOUSE_URL,
  usage: config.CLEARINGHOUSE_USAGE,
  contactName: config.EDI_CONTACT_NAME,
  contactPhone: config.EDI_CONTACT_PHONE,
  pollEveryMs: config.CLEARINGHOUSE_POLL_MS,
});

/** What the two jobs stand on: the adapter, the file builder, the lifecycle, the acknowledgements and remittances. */
@Module({})
class ClearinghouseExchangeModule {}

/** Sending ready claims to the clearinghouse and reading its replies: the two jobs and what they stand on. */
@Module({})
export class SubmissionsModule {
  static register(config: ClaimsConfig): DynamicModule {
    const settings = settingsFrom(config);
    const exchange: DynamicModule = {
      module: ClearinghouseExchangeModule,
      imports: [ClaimsModule, AcknowledgementsModule, RemittancesModule],
      providers: [
        { provide: SUBMISSION_SETTINGS, useValue: settings },
        { provide: CLEARINGHOUSE_URL, useValue: settings.clearinghouseUrl },
        { provide: ClearinghouseAdapter, useClass: SandboxClearinghouseAdapter },
        SubmissionBuilder,
      ],
      exports: [
        SUBMISSION_SETTINGS,
        ClearinghouseAdapter,
        SubmissionBuilder,
        ClaimsModule,
        AcknowledgementsModule,
        RemittancesModule,
      ],
    };
    return {
      module: SubmissionsModule,
      imports: [
        JobsModule.forRoot({
          redisUrl: config.REDIS_URL,
          prefix: config.JOBS_PREFIX,
          jobs: [SendClaimSubmission, PollClearinghouseMailbox, ScanFilingDeadlines],
          handlers: [SendClaimSubmissionJob, PollClearinghouseMailboxJob, ScanFilingDeadlinesJob],
          imports: [exchange, TimelyFilingModule],
        }),
        AcknowledgementsModule,
      ],
      controllers: [ClaimSubmissionsController],
      providers: [ClaimSubmissionsQueries, SubmitClaims],
    };
  }
}
