import { ApiProperty } from '@nestjs/swagger';
import { IsIanaTimeZone, IsNpi } from '@praxis/domain';
import { NestedObject, OmittableButNotNull } from '@praxis/platform';
import { IsEmail, IsNotEmpty, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';

export class PostalAddressDto {
  @IsString() @IsNotEmpty() @MaxLength(200) line1: string;
  @OmittableButNotNull() @IsString() @MaxLength(200) line2?: string;
  @IsString() @IsNotEmpty() @MaxLength(100) city: string;
  @Matches(/^[A-Z]{2}$/, { message: 'state must be a two-letter state code' }) state: string;
  @Matches(/^\d{5}(-\d{4})?$/, { message: 'postalCode must be a ZIP or ZIP+4 code' }) postalCode: string;
}

export class ClinicDetailsDto {
  @IsString() @IsNotEmpty() @MaxLength(200) legalName: string;
  @ApiProperty({ example: '1234567893' }) @IsNpi() npi: string;
  @Matches(/^\d{9}$/, { message: 'tin must be 9 digits' }) tin: string;
  @NestedObject(() => PostalAddressDto) address: PostalAddressDto;
  @ApiProperty({ example: 'America/Chicago' }) @IsIanaTimeZone() timeZone: string;
}

export class NewAccountDto {
  @IsEmail() @MaxLength(254) email: string;
  @IsString() @IsNotEmpty() @MaxLength(200) displayName: string;
  @IsString() @MinLength(12) @MaxLength(200) password: string;
}

export class SignUpClinicDto {
  @NestedObject(() => ClinicDetailsDto) clinic: ClinicDetailsDto;
  @NestedObject(() => NewAccountDto) admin: NewAccountDto;
}

export class ClinicIdsDto {
  @Length(36) clinicId: string;
  @Length(36) adminUserId: string;
}
