import { IsCalendarDate } from '@praxis/domain';
import { NestedObject, OmittableButNotNull, Trimmed } from '@praxis/platform';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { AddressDto } from '../dto/address.dto';
import { Sex, sexes } from '../patient.entity';
import { EARLIEST_BIRTH_DATE } from '../register-patient/register-patient.dto';
import { IsUsPhoneNumber } from '../validation/us-phone-number';

/** Only the fields sent change; `middleName` and `email` may be set to null to clear them; `address` is replaced whole. */
export class UpdatePatientDto {
  @Trimmed() @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(100) firstName?: string;
  @Trimmed() @IsOptional() @IsString() @MaxLength(100) middleName?: string | null;
  @Trimmed() @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(100) lastName?: string;
  @OmittableButNotNull() @IsCalendarDate({ notBefore: EARLIEST_BIRTH_DATE, notInFuture: true }) dateOfBirth?: string;
  @OmittableButNotNull() @IsIn(sexes) sex?: Sex;
  @OmittableButNotNull() @NestedObject(() => AddressDto) address?: AddressDto;
  @OmittableButNotNull() @IsUsPhoneNumber() phone?: string;
  @Trimmed() @IsOptional() @IsEmail() @MaxLength(254) email?: string | null;
}
