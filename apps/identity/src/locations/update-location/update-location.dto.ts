import { IsIanaTimeZone } from '@praxis/domain';
import { NestedObject, OmittableButNotNull } from '@praxis/platform';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PostalAddressDto } from '../../clinics/sign-up-clinic/sign-up-clinic.dto';

export class LocationChangesDto {
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @OmittableButNotNull() @IsIanaTimeZone() timeZone?: string;
  @OmittableButNotNull() @NestedObject(() => PostalAddressDto) address?: PostalAddressDto;
}
