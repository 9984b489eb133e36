import { claimStatuses } from '../../claims/claim-status';
import type { ClaimStatus } from '../../claims/claim-status';
import { ApiProperty } from '@nestjs/swagger';
import { submissionStatuses } from '../claim-submission.entity';
import type { SubmissionStatus } from '../claim-submission.entity';

export class SubmittedClaimView {
  claimId: string;
  /** CLM01 as sent. */
  patientControlNumber: string;
  /** Where the claim stands now, after what the clearinghouse and the payer answered. */
  @ApiProperty({ enum: claimStatuses })
  status: ClaimStatus;
}

/** One 837P file: what it carried and how far it got. */
export class ClaimSubmissionView {
  id: string;
  @ApiProperty({ enum: submissionStatuses })
  status: SubmissionStatus;
  receiverId: string | null;
  submitterId: string | null;
  /** ISA13 / GS06 of the file: unique and increasing per clinic and receiver. */
  interchangeControlNumber: number | null;
  /** Why the file was not sent or the clearinghouse refused it. */
  refusal: string | null;
  createdAt: Date;
  builtAt: Date | null;
  sentAt: Date | null;
  claims: SubmittedClaimView[];
}
