import { TenantCommand } from '@praxis/platform';
import { PayerDto } from '../dto/payer.dto';

export type CreatePayerCommand = TenantCommand & PayerDto;
