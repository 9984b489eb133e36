import { Inject, Injectable } from '@nestjs/common';
import { UnprocessableError } from '@praxis/platform';
import { ClearinghouseConfig } from '../clearinghouse.config';

export const CLEARINGHOUSE_CONFIG = Symbol('CLEARINGHOUSE_CONFIG');

/** What the sandbox's payers accept and how slowly they answer, so a demo or a test can produce every outcome. */
export interface SandboxRules {
  replyDelayMs: number;
  memberIdPattern: string;
  unknownMemberIds: string[];
  rejectedBillingNpis: string[];
  /** The 835: the share of each line's charge the payer allows (the rest CO-45), coinsurance of that (PR-2). */
  allowedPercent: number;
  coinsurancePercent: number;
  /** Procedures the payer does not cover: paid nothing (CO-96). */
  deniedProcedureCodes: string[];
}

const rulesFrom = (config: ClearinghouseConfig): SandboxRules => ({
  replyDelayMs: config.CLEARINGHOUSE_REPLY_DELAY_MS,
  memberIdPattern: config.CLEARINGHOUSE_MEMBER_ID_PATTERN,
  unknownMemberIds: config.CLEARINGHOUSE_UNKNOWN_MEMBER_IDS,
  rejectedBillingNpis: config.CLEARINGHOUSE_REJECTED_BILLING_NPIS,
  allowedPercent: config.CLEARINGHOUSE_ALLOWED_PERCENT,
  coinsurancePercent: config.CLEARINGHOUSE_COINSURANCE_PERCENT,
  deniedProcedureCodes: config.CLEARINGHOUSE_DENIED_PROCEDURE_CODES,
});

/** What a rule left out of a replacement is: the 835's terms as most demos want them. */
export const ADJUDICATION_DEFAULTS = { allowedPercent: 80, coinsurancePercent: 20, deniedProcedureCodes: [] };

const compiledPattern = (pattern: string): RegExp => {
  try {
    return new RegExp(pattern);
  } catch {
    throw new UnprocessableError('memberIdPattern is not a regular expression', [
      { field: 'memberIdPattern', message: 'must be a valid regular expression' },
    ]);
  }
};

/** The rules in force: read from the environment at start-up, replaced whole through the admin endpoint. */
@Injectable()
export class SandboxRulebook {
  private current: SandboxRules;
  private memberIds: RegExp;

  constructor(@Inject(CLEARINGHOUSE_CONFIG) config: ClearinghouseConfig) {
    this.current = rulesFrom(config);
    this.memberIds = compiledPattern(this.current.memberIdPattern);
  }

  get rules(): SandboxRules {
    return this.current;
  }

  replace(rules: SandboxRules): SandboxRules {
    this.memberIds = compiledPattern(rules.memberIdPattern);
    this.current = { ...rules };
    return this.current;
  }

  acceptsMemberId(memberId: string): boolean {
    return this.memberIds.test(memberId);
  }
}
