import { ApiProperty } from '@nestjs/swagger';
import { OmittableButNotNull } from '@praxis/platform';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CARC } from '../../clearinghouse.config';
import { ADJUDICATION_DEFAULTS, SandboxRules } from '../sandbox-rules';

/** The whole rule set; the 835's terms may be left out and take their defaults. */
export class SandboxRulesDto
  implements Omit<SandboxRules, keyof typeof ADJUDICATION_DEFAULTS>, Partial<typeof ADJUDICATION_DEFAULTS>
{
  @ApiProperty({ description: 'Milliseconds before a reply shows in the mailbox.' })
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  replyDelayMs!: number;

  @ApiProperty({ description: 'Member ids the payers accept; any other is refused in the 999.' })
  @IsString()
  @MaxLength(200)
  memberIdPattern!: string;

  @ApiProperty({ description: 'Member ids no payer knows: rejected in the 277CA.' })
  @IsArray()
  @ArrayMaxSize(1000)
  @Matches(/^[\w-]{1,80}$/, { each: true })
  unknownMemberIds!: string[];

  @ApiProperty({ description: 'Billing provider NPIs no payer has enrolled: rejected at the provider level.' })
  @IsArray()
  @ArrayMaxSize(1000)
  @Matches(/^\d{10}$/, { each: true })
  rejectedBillingNpis!: string[];

  @ApiProperty({ required: false, description: "Share of each line's charge the payer allows in the 835 (80)." })
  @OmittableButNotNull()
  @IsInt()
  @Min(0)
  @Max(100)
  allowedPercent?: number;

  @ApiProperty({ required: false, description: 'Coinsurance the patient owes of what was allowed (20).' })
  @OmittableButNotNull()
  @IsInt()
  @Min(0)
  @Max(100)
  coinsurancePercent?: number;

  @ApiProperty({ required: false, description: 'Procedure codes the payer does not cover: paid nothing (CO-96).' })
  @OmittableButNotNull()
  @IsArray()
  @ArrayMaxSize(1000)
  @Matches(/^[0-9A-Z]{5}$/, { each: true })
  deniedProcedureCodes?: string[];

  @ApiProperty({ required: false, description: 'Deductible per claim the patient owes of what was allowed (PR-1).' })
  @OmittableButNotNull()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  deductibleMinor?: number;

  @ApiProperty({ required: false, description: 'Co-pay per claim the patient owes of what was allowed (PR-3).' })
  @OmittableButNotNull()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  copayMinor?: number;

  @ApiProperty({ required: false, description: 'The CARC a procedure not covered is denied with, group CO (96).' })
  @OmittableButNotNull()
  @Matches(CARC)
  denialReasonCode?: string;

  @ApiProperty({ required: false, description: 'Milliseconds the 835 waits after the acknowledgements (0).' })
  @OmittableButNotNull()
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  remittanceDelayMs?: number;

  @ApiProperty({ required: false, description: 'Interest added to each 835 that pays (PLB L6), minor units.' })
  @OmittableButNotNull()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  interestMinor?: number;

  @ApiProperty({
    required: false,
    description: 'An overpayment recouped from each 835 that pays (PLB WO), minor units.',
  })
  @OmittableButNotNull()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  recoupmentMinor?: number;

  @ApiProperty({
    required: false,
    nullable: true,
    type: Number,
    description: 'Set: a later 835 reverses each decision (CLP02 22) and decides it again at this allowed share.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  correctedAllowedPercent?: number | null;

  @ApiProperty({ required: false, description: 'Milliseconds between an 835 and its reversal and correction (0).' })
  @OmittableButNotNull()
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  correctionDelayMs?: number;
}
