import { TenantCommand } from '@praxis/platform';
import { RefundPaymentDto } from '../dto/payment.dto';

export type RefundPaymentCommand = TenantCommand & RefundPaymentDto & { paymentId: string; idempotencyKey: string };
