import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, PageQuery } from '@praxis/platform';
import { CreateStaffMemberDto } from './create-staff-member/create-staff-member.dto';
import { CreateStaffMember } from './create-staff-member/create-staff-member.usecase';
import { StaffMember } from './staff-member.entity';
import { StaffMemberPage } from './staff-member-page.dto';
import { StaffQuery } from './staff.query';
import { UpdateStaffMemberDto } from './update-staff-member/update-staff-member.dto';
import { UpdateStaffMember } from './update-staff-member/update-staff-member.usecase';

@ApiTags('staff')
@Controller('api/v1/staff')
export class StaffController {
  constructor(
    private readonly commandContext: CommandContext,
    private readonly staff: StaffQuery,
    private readonly createStaffMember: CreateStaffMember,
    private readonly updateStaffMember: UpdateStaffMember,
  ) {}

  @RequirePermission('staff:write')
  @Post()
  async create(@Body() request: CreateStaffMemberDto): Promise<StaffMember> {
    const created = await this.createStaffMember.execute({ ...this.commandContext.current(), member: request });
    return this.staff.get(created.id);
  }

  @RequirePermission('staff:read')
  @Get()
  list(@Query() page: PageQuery): Promise<StaffMemberPage> {
    return this.staff.page(page);
  }

  @RequirePermission('staff:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<StaffMember> {
    return this.staff.get(id);
  }

  @RequirePermission('staff:write')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() changes: UpdateStaffMemberDto): Promise<StaffMember> {
    return this.updateStaffMember.execute({ ...this.commandContext.current(), staffMemberId: id, changes });
  }
}
