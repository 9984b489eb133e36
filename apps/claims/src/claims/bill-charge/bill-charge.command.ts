import { ChargePosted, PayloadOf } from '@praxis/contracts';

export interface BillChargeCommand {
  tenantId: string;
  now: Date;
  charge: PayloadOf<typeof ChargePosted>;
}
