import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { NotFoundError, pageOf, PageQuery } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { CreateStaffMemberDto } from './create-staff-member/create-staff-member.dto';
import { StaffDirectory } from './staff-directory';
import { StaffMember } from './staff-member.entity';
import { StaffMemberPage } from './staff-member-page.dto';
import { UpdateStaffMemberDto } from './update-staff-member/update-staff-member.dto';
import { UpdateStaffMember } from './update-staff-member/update-staff-member.usecase';

@ApiTags('staff')
@Controller('api/v1/staff')
export class StaffController {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
    private readonly directory: StaffDirectory,
    private readonly updateStaffMember: UpdateStaffMember,
  ) {}

  @RequirePermission('staff:write')
  @Post()
  async create(@Body() request: CreateStaffMemberDto): Promise<StaffMember> {
    const created = await this.transactions.run((manager) => this.directory.add(manager, this.context.tenantId, request));
    return this.get(created.id);
  }

  @RequirePermission('staff:read')
  @Get()
  list(@Query() page: PageQuery): Promise<StaffMemberPage> {
    return this.transactions.run((manager) => pageOf(manager.createQueryBuilder(StaffMember, 'staff'), page));
  }

  @RequirePermission('staff:read')
  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<StaffMember> {
    const member = await this.transactions.run((manager) => manager.findOneBy(StaffMember, { id }));
    if (!member) throw new NotFoundError('staff member', id);
    return member;
  }

  @RequirePermission('staff:write')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() changes: UpdateStaffMemberDto): Promise<StaffMember> {
    return this.updateStaffMember.execute(id, changes);
  }
}
