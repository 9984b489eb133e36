import { ApiProperty } from '@nestjs/swagger';
import { usStateCodes } from '@praxis/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { OmittableButNotNull } from './omittable';
import { Trimmed } from './trimmed';

/**
 * A US postal address, with lines no longer than an X12 N3 element takes (55 characters), so claims can carry it;
 * the same class validates a request and describes an answer. Described here, since the OpenAPI metadata of a service
 * covers its own files only.
 */
export class PostalAddress {
  @ApiProperty({ type: String, maxLength: 55 })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(55)
  line1: string;

  @ApiProperty({ type: String, required: false, nullable: true, maxLength: 55 })
  @Trimmed()
  @OmittableButNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(55)
  line2?: string | null;

  @ApiProperty({ type: String, maxLength: 30 })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  city: string;

  @ApiProperty({ description: 'Two-letter US state code.', example: 'IL' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsIn(usStateCodes, { message: 'state must be a two-letter US state code' })
  state: string;

  @ApiProperty({ description: 'ZIP or ZIP+4.', example: '60601-1234' })
  @Matches(/^\d{5}(-?\d{4})?$/, { message: 'postalCode must be a ZIP or ZIP+4 code' })
  postalCode: string;
}
