import { IsCalendarDate, IsNotBefore } from '@praxis/domain';
import { NestedObject, OmittableButNotNull, Trimmed } from '@praxis/platform';
import { IsIn, IsNotEmpty, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { CoverageRank, coverageRanks } from '../coverage.entity';
import { SubscriberDto } from '../record-coverage/record-coverage.dto';

/** Only the fields sent change; `groupNumber` and `effectiveTo` may be set to null to clear them; `subscriber` is replaced whole. */
export class UpdateCoverageDto {
  @Trimmed() @OmittableButNotNull() @IsString() @Length(2, 80) payerId?: string;
  @Trimmed() @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(200) payerName?: string;
  @Trimmed() @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(80) memberId?: string;
  @Trimmed() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(80) groupNumber?: string | null;
  @OmittableButNotNull() @NestedObject(() => SubscriberDto) subscriber?: SubscriberDto;
  @OmittableButNotNull() @IsIn(coverageRanks) rank?: CoverageRank;
  @OmittableButNotNull() @IsCalendarDate() effectiveFrom?: string;
  @IsOptional() @IsCalendarDate() @IsNotBefore('effectiveFrom') effectiveTo?: string | null;
}
