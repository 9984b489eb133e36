import { TenantCommand } from '@praxis/platform';

export interface CreateProviderCommand extends TenantCommand {
  userId: string;
  npi: string;
  taxonomyCode: string;
  /** Omitted: the staff member's display name. */
  displayName?: string;
}
