import { TenantCommand } from '@praxis/platform';
import { TakeCopayDto } from '../dto/payment.dto';

export type TakeCopayCommand = TenantCommand & TakeCopayDto & { idempotencyKey: string };
