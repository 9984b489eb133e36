import { IsBoolean, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { TAXONOMY_CODE, TAXONOMY_MESSAGE } from './create-provider.dto';
import { OmittableButNotNull } from '@praxis/platform';

export class UpdateProviderDto {
  @OmittableButNotNull() @Matches(TAXONOMY_CODE, { message: TAXONOMY_MESSAGE }) taxonomyCode?: string;
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(200) displayName?: string;
  @OmittableButNotNull() @IsBoolean() active?: boolean;
}
