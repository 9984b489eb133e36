import { PayloadOf, RemittanceProviderAdjusted } from '@praxis/contracts';

export interface PostProviderAdjustmentsCommand {
  tenantId: string;
  remittance: PayloadOf<typeof RemittanceProviderAdjusted>;
  now: Date;
}
