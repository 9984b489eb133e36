import { DomainServiceFoundation1764000000000, KnownClinic } from '@praxis/replicas';
import { ContractedAmount } from '../fee-schedules/contracted-amount.entity';
import { FeePrice } from '../fee-schedules/fee-price.entity';
import { FeeSchedule } from '../fee-schedules/fee-schedule.entity';
import { FeeSchedules1766000000000 } from './migrations/1766000000000-fee-schedules';

export const billingEntities = [KnownClinic, FeeSchedule, FeePrice, ContractedAmount];
export const billingMigrations = [DomainServiceFoundation1764000000000, FeeSchedules1766000000000];
