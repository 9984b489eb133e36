import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { TAXONOMY_CODE, TAXONOMY_MESSAGE } from '../create-provider/create-provider.dto';

export class UpdateProviderDto {
  @IsOptional() @Matches(TAXONOMY_CODE, { message: TAXONOMY_MESSAGE }) taxonomyCode?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) displayName?: string;
  @IsOptional() @IsBoolean() active?: boolean;
}
