import { ApiProperty } from '@nestjs/swagger';
import { acknowledgementKinds } from '../received-acknowledgement.entity';
import type { AcknowledgementKind } from '../received-acknowledgement.entity';

export class RejectionReasonView {
  /** The 999 (IK3/IK4/IK5) or 277CA (STC category:code:entity) code, when there is one. */
  code: string | null;
  message: string;
}

export class ClaimOutcomeView {
  claimId: string;
  patientControlNumber: string;
  /** What the file did to the claim; unchanged when it had already moved past what the file says. */
  @ApiProperty({ enum: ['acknowledged', 'accepted', 'rejected', 'unchanged'] })
  outcome: 'acknowledged' | 'accepted' | 'rejected' | 'unchanged';
  reasons?: RejectionReasonView[];
}

/** A 999 or 277CA applied to the clinic's claims. */
export class AcknowledgementView {
  id: string;
  @ApiProperty({ enum: acknowledgementKinds })
  kind: AcknowledgementKind;
  receivedAt: Date;
  /** True when the same file had been applied before: nothing changed this time. */
  duplicate: boolean;
  claims: ClaimOutcomeView[];
}
