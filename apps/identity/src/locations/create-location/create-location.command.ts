import { TenantCommand } from '@praxis/platform';
import type { PostalAddress } from '../../clinics/clinic.entity';

export interface CreateLocationCommand extends TenantCommand {
  location: { name: string; timeZone: string; address: PostalAddress };
}
