import { Module } from '@nestjs/common';
import { CreateStaffMember } from './create-staff-member/create-staff-member.usecase';
import { PasswordHasher } from './password-hasher';
import { StaffController } from './staff.controller';
import { StaffDirectory } from './staff-directory';
import { StaffQuery } from './staff.query';
import { UpdateStaffMember } from './update-staff-member/update-staff-member.usecase';

@Module({
  controllers: [StaffController],
  providers: [PasswordHasher, StaffDirectory, StaffQuery, CreateStaffMember, UpdateStaffMember],
  exports: [PasswordHasher, StaffDirectory],
})
export class StaffModule {}
