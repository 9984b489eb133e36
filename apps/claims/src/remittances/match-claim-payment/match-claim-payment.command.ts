import { TenantCommand } from '@praxis/platform';

export interface MatchClaimPaymentCommand extends TenantCommand {
  /** An unmatched claim payment of a posted remittance. */
  claimPaymentId: string;
  /** The claim the clerk found it answers. */
  claimId: string;
}
