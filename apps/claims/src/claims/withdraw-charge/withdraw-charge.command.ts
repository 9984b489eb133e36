import { ChargeVoided, PayloadOf } from '@praxis/contracts';

export interface WithdrawChargeCommand {
  tenantId: string;
  now: Date;
  charge: PayloadOf<typeof ChargeVoided>;
}
