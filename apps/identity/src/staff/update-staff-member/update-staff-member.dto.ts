import { staffRoles, StaffRole } from '@praxis/contracts';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { OmittableButNotNull } from '@praxis/platform';
import { StaffPlacementDto } from '../staff-placement.dto';

export class UpdateStaffMemberDto extends StaffPlacementDto {
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(200) displayName?: string;
  @OmittableButNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(staffRoles, { each: true })
  roles?: StaffRole[];
  @OmittableButNotNull() @IsBoolean() active?: boolean;
}
