import { IsIanaTimeZone } from '@praxis/domain';
import { NestedObject } from '@praxis/platform';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PostalAddressDto } from '../../clinics/sign-up-clinic/sign-up-clinic.dto';

export class NewLocationDto {
  @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @IsIanaTimeZone() timeZone: string;
  @NestedObject(() => PostalAddressDto) address: PostalAddressDto;
}
