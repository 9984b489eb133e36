import { IsCalendarDate } from '@praxis/domain';
import { NestedObject, OmittableButNotNull, Trimmed } from '@praxis/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { AddressDto } from '../dto/address.dto';
import { Sex, sexes } from '../patient.entity';
import { IsUsPhoneNumber } from '../validation/us-phone-number';

export const EARLIEST_BIRTH_DATE = '1900-01-01';

export class RegisterPatientDto {
  @Trimmed() @IsString() @IsNotEmpty() @MaxLength(100) firstName: string;
  @Trimmed() @OmittableButNotNull() @IsString() @MaxLength(100) middleName?: string;
  @Trimmed() @IsString() @IsNotEmpty() @MaxLength(100) lastName: string;
  @ApiProperty({ example: '1984-07-21' })
  @IsCalendarDate({ notBefore: EARLIEST_BIRTH_DATE, notInFuture: true })
  dateOfBirth: string;
  @IsIn(sexes) sex: Sex;
  @NestedObject(() => AddressDto) address: AddressDto;
  @ApiProperty({ example: '(312) 555-0100', description: 'stored as E.164, e.g. +13125550100' })
  @IsUsPhoneNumber()
  phone: string;
  @Trimmed() @OmittableButNotNull() @IsEmail() @MaxLength(254) email?: string;
  /** Set after the front desk has looked at the possible duplicates and is sure this is someone else. */
  @OmittableButNotNull() @IsBoolean() confirmedNotDuplicate?: boolean;
}
