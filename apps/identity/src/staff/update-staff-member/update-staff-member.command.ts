import { StaffRole } from '@praxis/contracts';
import { TenantCommand } from '@praxis/platform';

export interface StaffMemberChanges {
  displayName?: string;
  roles?: StaffRole[];
  active?: boolean;
  locationId?: string;
  hiredOn?: string;
}

export interface UpdateStaffMemberCommand extends TenantCommand {
  staffMemberId: string;
  changes: StaffMemberChanges;
}
