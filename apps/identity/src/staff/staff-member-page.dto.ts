import { PageOf } from '@praxis/platform';
import { StaffMember } from './staff-member.entity';

export class StaffMemberPage extends PageOf(StaffMember) {}
