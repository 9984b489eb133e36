import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** A reason a payer gave (CAS group and CARC), in the code list's words. */
export class ReasonInWords {
  group: string;
  groupDescription: string;
  code: string;
  description: string;
  amountMinor: number;
}

/** A remark code (RARC) in the code list's words. */
export class RemarkInWords {
  code: string;
  description: string;
}

export class DeniedClaim {
  claimId: string;
  patientControlNumber: string;
  patientId: string;
  payerId: string;
  dateOfService: string;
  status: 'denied' | 'partially_paid';
  payerClaimControlNumber: string | null;
  chargedMinor: number;
  paidMinor: number;
  currency: string;
  reasons: ReasonInWords[];
  remarks: RemarkInWords[];
}

/** The claims a payer denied in whole or part under one reason; a claim with several reasons is under each. */
export class DenialReasonGroup {
  group: string;
  code: string;
  description: string;
  claims: DeniedClaim[];
}

export class DenialWorklist {
  groups: DenialReasonGroup[];
}

export class FollowUpClaimDto {
  /** Why the claim is replaced or voided, kept in its history. */
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class AppealNoteDto {
  @IsString() @IsNotEmpty() @MaxLength(4000) note: string;
}
