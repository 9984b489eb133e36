import { ApiProperty } from '@nestjs/swagger';
import { NestedObject, PostalAddress } from '@praxis/platform';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class StatementSettingsDto {
  /** The name checks are made payable to, as the clinic's bank account holds it. */
  @Transform(trimmed) @IsString() @IsNotEmpty() @MaxLength(60) payToName: string;
  @NestedObject(() => PostalAddress) returnAddress: PostalAddress;
  /** Ten digits; the statement shows it as (312) 555-0142. */
  @ApiProperty({ example: '3125550142' })
  @Matches(/^\d{10}$/, { message: 'billingPhone must be ten digits' })
  billingPhone: string;
}
