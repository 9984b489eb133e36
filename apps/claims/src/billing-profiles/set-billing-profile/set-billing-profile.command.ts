import { TenantCommand } from '@praxis/platform';
import { BillingProfileDto } from '../dto/billing-profile.dto';

export type SetBillingProfileCommand = TenantCommand & BillingProfileDto;
