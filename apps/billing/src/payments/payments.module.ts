import { Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@praxis/platform';
import { BillingConfig } from '../billing.config';
import { LedgerModule } from '../ledger/ledger.module';
import { ApplyPayment } from './apply-payment/apply-payment.usecase';
import { PaymentApplications } from './payment-applications';
import { PaymentChanges } from './payment-changes';
import { PaymentReceipts } from './payment-receipts';
import { PaymentsController } from './payments.controller';
import { PaymentsQueries } from './payments.queries';
import { PostPayment } from './post-payment/post-payment.usecase';
import { PaymentProcessor } from './processor/payment-processor';
import { SandboxPaymentProcessor } from './processor/sandbox-payment-processor';
import { RefundPayment } from './refund-payment/refund-payment.usecase';
import { TakeCopay } from './take-copay/take-copay.usecase';

const processors: Record<BillingConfig['PAYMENT_PROCESSOR'], () => PaymentProcessor> = {
  sandbox: () => new SandboxPaymentProcessor(),
};

/** Patient payments and co-pays, applied to visits or kept as credit, and their refunds. */
@Module({
  imports: [LedgerModule],
  controllers: [PaymentsController],
  providers: [
    {
      provide: PaymentProcessor,
      useFactory: (config: BillingConfig) => processors[config.PAYMENT_PROCESSOR](),
      inject: [SERVICE_CONFIG],
    },
    PaymentsQueries,
    PaymentChanges,
    PaymentReceipts,
    PaymentApplications,
    PostPayment,
    TakeCopay,
    ApplyPayment,
    RefundPayment,
  ],
  exports: [PaymentApplications],
})
export class PaymentsModule {}
