import { IsNpi } from '@praxis/domain';
import { OmittableButNotNull } from '@praxis/platform';
import { IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** NUCC health care provider taxonomy: three digits, six digits or capitals, then X. */
export const TAXONOMY_CODE = /^[0-9]{3}[0-9A-Z]{6}X$/;
export const TAXONOMY_MESSAGE = 'taxonomyCode must be a 10-character NUCC taxonomy code such as 207Q00000X';

export class CreateProviderDto {
  @IsUUID() userId: string;
  @IsNpi() npi: string;
  @Matches(TAXONOMY_CODE, { message: TAXONOMY_MESSAGE }) taxonomyCode: string;
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(200) displayName?: string;
}
