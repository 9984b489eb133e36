import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@praxis/domain';
import { OmittableButNotNull, PageQuery, Trimmed } from '@praxis/platform';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsUsPhoneNumber } from '../validation/us-phone-number';

/** Every criterion given must match; none at all lists every patient. Sent as a body so names never land in URLs or access logs. */
export class SearchPatientsDto extends PageQuery {
  @ApiProperty({ required: false, description: 'case-insensitive prefix of the last name' })
  @Trimmed()
  @OmittableButNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName?: string;

  @ApiProperty({ required: false, description: 'case-insensitive prefix of the first name' })
  @Trimmed()
  @OmittableButNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName?: string;

  @OmittableButNotNull() @IsCalendarDate() dateOfBirth?: string;

  @OmittableButNotNull() @IsUsPhoneNumber() phone?: string;
}
