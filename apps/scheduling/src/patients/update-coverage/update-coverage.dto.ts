import { IsCalendarDate, IsNotBefore } from '@praxis/domain';
import { NestedObject, OmittableButNotNull } from '@praxis/platform';
import { IsIn, IsNotEmpty, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { CoverageRank, coverageRanks } from '../coverage.entity';
import { SubscriberDto } from '../record-coverage/record-coverage.dto';
import { Trim } from '../validation/request-fields';

/** Only the fields sent change; `groupNumber` and `effectiveTo` may be set to null to clear them; `subscriber` is replaced whole. */
export class UpdateCoverageDto {
  @Trim() @OmittableButNotNull() @IsString() @Length(2, 80) payerId?: string;
  @Trim() @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(200) payerName?: string;
  @Trim() @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(80) memberId?: string;
  @Trim() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(80) groupNumber?: string | null;
  @OmittableButNotNull() @NestedObject(() => SubscriberDto) subscriber?: SubscriberDto;
  @OmittableButNotNull() @IsIn(coverageRanks) rank?: CoverageRank;
  @OmittableButNotNull() @IsCalendarDate() effectiveFrom?: string;
  @IsOptional() @IsCalendarDate() @IsNotBefore('effectiveFrom') effectiveTo?: string | null;
}
