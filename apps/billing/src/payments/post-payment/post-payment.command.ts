import { TenantCommand } from '@praxis/platform';
import { PostPaymentDto } from '../dto/payment.dto';

export type PostPaymentCommand = TenantCommand & PostPaymentDto & { idempotencyKey: string };
