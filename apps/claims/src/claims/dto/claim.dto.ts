import { DIAGNOSIS_CODE_PATTERN } from '@praxis/domain';
import { OmittableButNotNull, PageOf, PageQuery } from '@praxis/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { ClaimStatus } from '../claim-status';
import { claimStatuses } from '../claim-status';
import { Claim } from '../claim.entity';

export class ClaimQuery extends PageQuery {
  /** needs_fix is the clerk's worklist; ready claims wait for submission. */
  @OmittableButNotNull() @IsIn(claimStatuses) status?: ClaimStatus;
}

export class ClaimPage extends PageOf(Claim) {}

export class LinePointersDto {
  @IsUUID() lineId: string;
  /** 1-based positions in the claim's diagnoses. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(12, { each: true })
  diagnosisPointers: number[];
}

/** The clerk's fix: the claim's diagnoses in order, and where lines point; what is left out stays as it is. */
export class FixClaimDto {
  @OmittableButNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @Matches(DIAGNOSIS_CODE_PATTERN, { each: true, message: 'each diagnosis must be an ICD-10-CM code such as J06.9' })
  diagnoses?: string[];

  @OmittableButNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LinePointersDto)
  lines?: LinePointersDto[];
}

export class VoidClaimDto {
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}
