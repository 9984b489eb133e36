import { TenantCommand } from '@praxis/platform';

/** Only the fields sent change. */
export interface UpdateProviderCommand extends TenantCommand {
  providerId: string;
  changes: { taxonomyCode?: string; displayName?: string; active?: boolean };
}
