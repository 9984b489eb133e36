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
  /** Per claim, taken from what was allowed before coinsurance: the deductible (PR-1), then the co-pay (PR-3). */
  deductibleMinor: number;
  copayMinor: number;
  /** Procedures the payer does not cover: paid nothing, the charge adjusted CO with the denial reason (CARC). */
  deniedProcedureCodes: string[];
  denialReasonCode: string;
  /** How much longer than the acknowledgements the payer takes to send its 835. */
  remittanceDelayMs: number;
  /** Provider-level money in each 835 that pays: interest added (PLB L6), an overpayment recouped (PLB WO). */
  interestMinor: number;
  recoupmentMinor: number;
  /**
   * When set, the payer later changes its mind: a second 835, this long after the first, reverses each claim it
   * decided (CLP02 22) and decides it again at this allowed share.
   */
  correctedAllowedPercent: number | null;
  correctionDelayMs: number;
}

const rulesFrom = (config: ClearinghouseConfig): SandboxRules => ({
  replyDelayMs: config.CLEARINGHOUSE_REPLY_DELAY_MS,
  memberIdPattern: config.CLEARINGHOUSE_MEMBER_ID_PATTERN,
  unknownMemberIds: config.CLEARINGHOUSE_UNKNOWN_MEMBER_IDS,
  rejectedBillingNpis: config.CLEARINGHOUSE_REJECTED_BILLING_NPIS,
  allowedPercent: config.CLEARINGHOUSE_ALLOWED_PERCENT,
  coinsurancePercent: config.CLEARINGHOUSE_COINSURANCE_PERCENT,
  deductibleMinor: config.CLEARINGHOUSE_DEDUCTIBLE_MINOR,
  copayMinor: config.CLEARINGHOUSE_COPAY_MINOR,
  deniedProcedureCodes: config.CLEARINGHOUSE_DENIED_PROCEDURE_CODES,
  denialReasonCode: config.CLEARINGHOUSE_DENIAL_REASON_CODE,
  remittanceDelayMs: config.CLEARINGHOUSE_REMITTANCE_DELAY_MS,
  interestMinor: config.CLEARINGHOUSE_INTEREST_MINOR,
  recoupmentMinor: config.CLEARINGHOUSE_RECOUPMENT_MINOR,
  correctedAllowedPercent: config.CLEARINGHOUSE_CORRECTED_ALLOWED_PERCENT ?? null,
  correctionDelayMs: config.CLEARINGHOUSE_CORRECTION_DELAY_MS,
});

/** What a rule left out of a replacement is: the 835's terms as most demos want them. */
export const ADJUDICATION_DEFAULTS: Omit<
  SandboxRules,
  'replyDelayMs' | 'memberIdPattern' | 'unknownMemberIds' | 'rejectedBillingNpis'
> = {
  allowedPercent: 80,
  coinsurancePercent: 20,
  deductibleMinor: 0,
  copayMinor: 0,
  deniedProcedureCodes: [],
  denialReasonCode: '96',
  remittanceDelayMs: 0,
  interestMinor: 0,
  recoupmentMinor: 0,
  correctedAllowedPercent: null,
  correctionDelayMs: 0,
};

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
