import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { OmittableButNotNull } from '@praxis/platform';
import { usStateCodes } from '@praxis/domain';

export class PostalAddress {
  line1: string;
  line2?: string | null;
  city: string;
  state: string;
  /** ZIP or ZIP+4. */
  postalCode: string;
}

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PostalAddressDto implements PostalAddress {
  @Transform(trimmed) @IsString() @IsNotEmpty() @MaxLength(55) line1: string;
  @Transform(trimmed) @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(55) line2?: string;
  @Transform(trimmed) @IsString() @IsNotEmpty() @MaxLength(30) city: string;
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsIn(usStateCodes, { message: 'state must be a two-letter US state code' })
  state: string;
  @ApiProperty({ example: '60601-1234' })
  @Matches(/^\d{5}(-?\d{4})?$/, { message: 'postalCode must be a ZIP or ZIP+4 code' })
  postalCode: string;
}
