import { staffRoles, StaffRole } from '@praxis/contracts';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { NewAccountDto } from '../../clinics/sign-up-clinic/sign-up-clinic.dto';

export class CreateStaffMemberDto extends NewAccountDto {
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(staffRoles, { each: true }) roles: StaffRole[];
}
