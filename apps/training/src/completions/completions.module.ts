import { Module } from '@nestjs/common';
import { CompletionsController } from './completions.controller';
import { CompletionsQueries } from './completions.queries';
import { CorrectCompletion } from './correct-completion/correct-completion.usecase';
import { CredentialRenewals } from './credential-renewals';
import { RejectCompletion } from './reject-completion/reject-completion.usecase';
import { SubmitCompletion } from './submit-completion/submit-completion.usecase';
import { VerifyCompletion } from './verify-completion/verify-completion.usecase';

/** What staff did to meet their requirements, with certificates, reviewed by a manager and never edited in place. */
@Module({
  controllers: [CompletionsController],
  providers: [
    CompletionsQueries,
    SubmitCompletion,
    VerifyCompletion,
    RejectCompletion,
    CorrectCompletion,
    CredentialRenewals,
  ],
})
export class CompletionsModule {}
