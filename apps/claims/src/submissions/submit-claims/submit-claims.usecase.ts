import { Injectable } from '@nestjs/common';
import { Jobs } from '@praxis/jobs';
import { IdempotentRequests, UnprocessableError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { Claim } from '../../claims/claim.entity';
import { ClaimSubmission } from '../claim-submission.entity';
import { ClaimSubmissionsQueries } from '../claim-submissions.queries';
import { ClaimSubmissionView } from '../dto/claim-submission.dto';
import { SendClaimSubmission } from '../send-claim-submission.job';
import { SubmitClaimsCommand } from './submit-claims.command';

export class NothingToSubmitError extends UnprocessableError {
  constructor() {
    super('no claim is ready to submit: claims are submitted once the scrubber finds them ready');
  }
}

/**
 * "Submit ready claims": records the request and hands it to the submission job, which gathers the claims that are
 * ready when it runs into one file. The same Idempotency-Key answers with the same submission.
 */
@Injectable()
export class SubmitClaims {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly jobs: Jobs,
    private readonly queries: ClaimSubmissionsQueries,
  ) {}

  async execute({ tenantId, actorUserId, idempotencyKey }: SubmitClaimsCommand): Promise<ClaimSubmissionView> {
    const submissionId = await this.transactions.run(async (manager) => {
      const { result } = await this.idempotency.once(manager, idempotencyKey, { submit: 'ready-claims' }, () =>
        this.queue(manager, tenantId, actorUserId),
      );
      return result;
    });
    await this.jobs.enqueue(SendClaimSubmission, { tenantId, submissionId }, { jobKey: submissionId });
    return this.queries.get(submissionId);
  }

  private async queue(manager: EntityManager, tenantId: string, actorUserId: string | null): Promise<string> {
    if (!(await manager.existsBy(Claim, { status: 'ready' }))) throw new NothingToSubmitError();
    const submission = await manager.save(
      manager.create(ClaimSubmission, { tenantId, status: 'queued', requestedBy: actorUserId }),
    );
    return submission.id;
  }
}
