import { TenantCommand } from '@praxis/platform';
import { ApplyPaymentDto } from '../dto/payment.dto';

export type ApplyPaymentCommand = TenantCommand & ApplyPaymentDto & { paymentId: string; idempotencyKey: string };
