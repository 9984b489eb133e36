import { TenantCommand } from '@praxis/platform';

export interface CreateRoomCommand extends TenantCommand {
  locationId: string;
  name: string;
}
