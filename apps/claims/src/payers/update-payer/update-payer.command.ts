import { TenantCommand } from '@praxis/platform';
import { PayerDto } from '../dto/payer.dto';

export type UpdatePayerCommand = TenantCommand & PayerDto & { payerId: string };
