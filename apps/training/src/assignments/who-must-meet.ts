import type { StaffMember } from '@praxis/replicas';
import type { Requirement } from '../requirements/requirement.entity';

/** Named staff always; otherwise anyone holding a listed role, at a listed location when the requirement names any. */
export const mustMeet = (requirement: Requirement, staff: StaffMember): boolean => {
  if (!requirement.active || !staff.active) return false;
  if (requirement.staffIds.includes(staff.userId)) return true;
  const byRole = staff.roles.some((role) => requirement.roles.includes(role));
  const byLocation =
    requirement.locationIds.length === 0 ||
    (staff.locationId !== null && requirement.locationIds.includes(staff.locationId));
  return byRole && byLocation;
};
