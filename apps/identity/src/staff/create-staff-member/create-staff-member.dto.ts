import { IntersectionType } from '@nestjs/swagger';
import { staffRoles, StaffRole } from '@praxis/contracts';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { NewAccountDto } from '../../clinics/sign-up-clinic/sign-up-clinic.dto';
import { StaffPlacementDto } from '../staff-placement.dto';

export class CreateStaffMemberDto extends IntersectionType(NewAccountDto, StaffPlacementDto) {
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(staffRoles, { each: true }) roles: StaffRole[];
}
