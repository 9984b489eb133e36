import { staffRoles, StaffRole } from '@praxis/contracts';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class UpdateStaffMemberDto {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) displayName?: string;
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(staffRoles, { each: true }) roles?: StaffRole[];
  @IsOptional() @IsBoolean() active?: boolean;
}
