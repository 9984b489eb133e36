import { ApiProperty } from '@nestjs/swagger';
import { NestedObject, PostalAddress, Trimmed } from '@praxis/platform';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class StatementSettingsDto {
  /** The name checks are made payable to, as the clinic's bank account holds it. */
  @Trimmed() @IsString() @IsNotEmpty() @MaxLength(60) payToName: string;
  @NestedObject(() => PostalAddress) returnAddress: PostalAddress;
  /** Ten digits; the statement shows it as (312) 555-0142. */
  @ApiProperty({ example: '3125550142' })
  @Matches(/^\d{10}$/, { message: 'billingPhone must be ten digits' })
  billingPhone: string;
}
