import { TenantCommand } from '@praxis/platform';

/** Only the fields sent change. */
export interface UpdateRoomCommand extends TenantCommand {
  roomId: string;
  changes: { name?: string; active?: boolean };
}
