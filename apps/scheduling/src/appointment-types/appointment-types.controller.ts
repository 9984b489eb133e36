import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { AppointmentType } from './appointment-type.entity';
import { AppointmentTypesQueries } from './appointment-types.queries';
import { CreateAppointmentType } from './create-appointment-type/create-appointment-type.usecase';
import { AppointmentTypesQuery, CreateAppointmentTypeDto, UpdateAppointmentTypeDto } from './dto/appointment-type.dto';
import { UpdateAppointmentType } from './update-appointment-type/update-appointment-type.usecase';

/** Types are never deleted, only deactivated: past appointments keep pointing at them. */
@ApiTags('appointment-types')
@Controller('api/v1/appointment-types')
export class AppointmentTypesController {
  constructor(
    private readonly commands: CommandContext,
    private readonly types: AppointmentTypesQueries,
    private readonly createType: CreateAppointmentType,
    private readonly updateType: UpdateAppointmentType,
  ) {}

  @RequirePermission('appointment-types:write')
  @Post()
  create(@Body() request: CreateAppointmentTypeDto): Promise<AppointmentType> {
    return this.createType.execute({ ...this.commands.current(), ...request });
  }

  @RequirePermission('appointment-types:read')
  @Get()
  list(@Query() { includeInactive }: AppointmentTypesQuery): Promise<AppointmentType[]> {
    return this.types.list({ includeInactive: includeInactive === 'true' });
  }

  @RequirePermission('appointment-types:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AppointmentType> {
    return this.types.get(id);
  }

  @RequirePermission('appointment-types:write')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() changes: UpdateAppointmentTypeDto): Promise<AppointmentType> {
    return this.updateType.execute({ ...this.commands.current(), appointmentTypeId: id, changes });
  }
}
