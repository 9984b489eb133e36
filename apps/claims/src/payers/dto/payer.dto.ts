import { NestedObject, PostalAddress, Trimmed } from '@praxis/platform';
import { IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { ClaimFilingIndicator } from '../claim-filing-indicators';
import { claimFilingIndicators } from '../claim-filing-indicators';

export class PayerDto {
  @Trimmed() @IsString() @IsNotEmpty() @MaxLength(60) name: string;
  /** As scheduling's coverage records it (the clearinghouse's payer id). */
  @Trimmed()
  @Matches(/^[0-9A-Za-z]{2,80}$/, { message: 'electronicPayerId must be letters and digits (2 to 80)' })
  electronicPayerId: string;
  @IsIn(claimFilingIndicators) claimFilingIndicator: ClaimFilingIndicator;
  @IsInt() @Min(1) @Max(3650) timelyFilingDays: number;
  @NestedObject(() => PostalAddress) address: PostalAddress;
}
