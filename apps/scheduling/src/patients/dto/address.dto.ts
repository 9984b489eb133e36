import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { usStateCodes } from '@praxis/domain';
import { OmittableButNotNull, Trimmed } from '@praxis/platform';

export class PatientAddress {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  postalCode: string;
}

export class AddressDto implements PatientAddress {
  @Trimmed() @IsString() @IsNotEmpty() @MaxLength(200) line1: string;
  @Trimmed() @OmittableButNotNull() @IsString() @MaxLength(200) line2?: string;
  @Trimmed() @IsString() @IsNotEmpty() @MaxLength(100) city: string;
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsIn(usStateCodes, { message: 'state must be a two-letter US state code' })
  state: string;
  @Matches(/^\d{5}(-\d{4})?$/, { message: 'postalCode must be a ZIP or ZIP+4 code' }) postalCode: string;
}
