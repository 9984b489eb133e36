import { TenantCommand } from '@praxis/platform';
import { CorrectChargeDto } from '../dto/charge-correction.dto';

export type CorrectChargeCommand = TenantCommand &
  CorrectChargeDto & { visitId: string; chargeId: string; idempotencyKey?: string };
