import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { ClaimStatus } from '../claims/claim-status';
import { ClaimSubmission } from './claim-submission.entity';
import { ClaimSubmissionView } from './dto/claim-submission.dto';

export class SubmissionFileNotWrittenError extends ConflictError {
  constructor(status: string) {
    super(`this submission is ${status}: it has no file (a file is written when the submission job gathers claims)`);
  }
}

@Injectable()
export class ClaimSubmissionsQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  get(id: string): Promise<ClaimSubmissionView> {
    return this.transactions.run((manager) => this.view(manager, id));
  }

  /** The file byte for byte as it was sent. */
  file(id: string): Promise<Buffer> {
    return this.transactions.run(async (manager) => {
      const submission = await manager.findOne(ClaimSubmission, {
        where: { id },
        select: { id: true, status: true, x12: true },
      });
      if (!submission) throw new NotFoundError('claim submission', id);
      if (!submission.x12) throw new SubmissionFileNotWrittenError(submission.status);
      return submission.x12;
    });
  }

  private async view(manager: EntityManager, id: string): Promise<ClaimSubmissionView> {
    const submission = await manager.findOneBy(ClaimSubmission, { id });
    if (!submission) throw new NotFoundError('claim submission', id);
    const claims = await manager.query<{ claimId: string; patientControlNumber: string; status: ClaimStatus }[]>(
      `SELECT submitted.claim_id AS "claimId", submitted.patient_control_number AS "patientControlNumber",
              claim.status AS status
         FROM submitted_claims submitted JOIN claims claim ON claim.id = submitted.claim_id
        WHERE submitted.submission_id = $1
        ORDER BY submitted.patient_control_number`,
      [id],
    );
    const { tenantId: _tenant, requestedBy: _requestedBy, x12: _bytes, ...shown } = submission;
    return { ...shown, claims };
  }
}
