import { TenantCommand } from '@praxis/platform';

/** Either exact instants (startsAt/endsAt with an offset) or whole local dates (fromDate..toDate, inclusive). */
export interface AddTimeOffCommand extends TenantCommand {
  providerId: string;
  startsAt?: string;
  endsAt?: string;
  fromDate?: string;
  toDate?: string;
  reason?: string;
}
