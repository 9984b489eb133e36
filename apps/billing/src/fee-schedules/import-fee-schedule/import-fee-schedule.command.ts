import { TenantCommand } from '@praxis/platform';
import { ImportFeeScheduleDto } from '../dto/fee-schedule.dto';

export type ImportFeeScheduleCommand = TenantCommand & ImportFeeScheduleDto;
