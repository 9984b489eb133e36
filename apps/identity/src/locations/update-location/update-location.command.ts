import { TenantCommand } from '@praxis/platform';
import type { PostalAddress } from '../../clinics/clinic.entity';

export interface UpdateLocationCommand extends TenantCommand {
  locationId: string;
  changes: { name?: string; timeZone?: string; address?: PostalAddress };
}
