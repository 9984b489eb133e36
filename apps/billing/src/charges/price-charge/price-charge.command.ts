import { TenantCommand } from '@praxis/platform';
import { PriceChargeDto } from '../dto/charge-price.dto';

export type PriceChargeCommand = TenantCommand & PriceChargeDto & { visitId: string; chargeId: string };
