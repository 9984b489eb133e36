import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { ConflictError, NotFoundError, sentFields } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { EntityManager, Not } from 'typeorm';
import { AppointmentType } from './appointment-type.entity';
import { AppointmentTypesQuery, CreateAppointmentTypeDto, UpdateAppointmentTypeDto } from './dto/appointment-type.dto';

export class AppointmentTypeNameTakenError extends ConflictError {
  constructor(name: string) {
    super(`an appointment type named "${name}" already exists`);
  }
}

/** Types are never deleted, only deactivated: past appointments keep pointing at them. */
@ApiTags('appointment-types')
@Controller('api/v1/appointment-types')
export class AppointmentTypesController {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
  ) {}

  @RequirePermission('appointment-types:write')
  @Post()
  create(@Body() request: CreateAppointmentTypeDto): Promise<AppointmentType> {
    return this.transactions.run(async (manager) => {
      await this.refuseTakenName(manager, request.name);
      return manager.save(manager.create(AppointmentType, { ...request, tenantId: this.context.tenantId }));
    });
  }

  @RequirePermission('appointment-types:read')
  @Get()
  list(@Query() { includeInactive }: AppointmentTypesQuery): Promise<AppointmentType[]> {
    const where = includeInactive === 'true' ? {} : { active: true };
    return this.transactions.run((manager) => manager.find(AppointmentType, { where, order: { name: 'ASC' } }));
  }

  @RequirePermission('appointment-types:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AppointmentType> {
    return this.transactions.run((manager) => this.find(manager, id));
  }

  @RequirePermission('appointment-types:write')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() changes: UpdateAppointmentTypeDto): Promise<AppointmentType> {
    return this.transactions.run(async (manager) => {
      const type = await this.find(manager, id);
      if (changes.name !== undefined) await this.refuseTakenName(manager, changes.name, id);
      return manager.save(Object.assign(type, sentFields(changes)));
    });
  }

  private async find(manager: EntityManager, id: string): Promise<AppointmentType> {
    const type = await manager.findOneBy(AppointmentType, { id });
    if (!type) throw new NotFoundError('appointment type', id);
    return type;
  }

  private async refuseTakenName(manager: EntityManager, name: string, exceptId?: string): Promise<void> {
    if (await manager.existsBy(AppointmentType, { name, ...(exceptId ? { id: Not(exceptId) } : {}) })) throw new AppointmentTypeNameTakenError(name);
  }
}
