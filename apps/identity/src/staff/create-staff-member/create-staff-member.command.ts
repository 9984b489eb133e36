import { TenantCommand } from '@praxis/platform';
import { NewStaffMember } from '../staff-directory';

export interface CreateStaffMemberCommand extends TenantCommand {
  member: NewStaffMember;
}
