import { StaffRole } from '@praxis/contracts';
import { TenantCommand } from '@praxis/platform';

export interface StaffMemberChanges {
  displayName?: string;
  roles?: StaffRole[];
  active?: boolean;
}

export interface UpdateStaffMemberCommand extends TenantCommand {
  staffMemberId: string;
  changes: StaffMemberChanges;
}
