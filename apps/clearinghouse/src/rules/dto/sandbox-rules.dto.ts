import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { SandboxRules } from '../sandbox-rules';

export class SandboxRulesDto implements SandboxRules {
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
}
