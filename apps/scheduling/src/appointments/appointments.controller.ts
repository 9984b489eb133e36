import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { PatientDataTrail } from '@praxis/messaging';
import { IdempotencyKey, NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { Appointment } from './appointment.entity';
import { BookAppointment } from './book-appointment/book-appointment.usecase';
import { ChangeAppointment } from './change-appointment/change-appointment.usecase';
import { CompleteAppointment } from './complete-appointment/complete-appointment.usecase';
import { BookAppointmentDto, CancelAppointmentDto, CompleteAppointmentDto, RescheduleAppointmentDto } from './dto/appointment-requests.dto';
import { visitRecordOf } from './visit-records';

@ApiTags('appointments')
@Controller('api/v1/appointments')
export class AppointmentsController {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly bookAppointment: BookAppointment,
    private readonly changeAppointment: ChangeAppointment,
    private readonly completeAppointment: CompleteAppointment,
    private readonly trail: PatientDataTrail,
  ) {}

  @RequirePermission('appointments:write')
  @Post()
  book(@Body() request: BookAppointmentDto, @IdempotencyKey() idempotencyKey?: string): Promise<Appointment> {
    return this.bookAppointment.execute(request, idempotencyKey);
  }

  @RequirePermission('appointments:read')
  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<Appointment> {
    return this.transactions.run(async (manager) => {
      const appointment = await manager.findOneBy(Appointment, { id });
      if (!appointment) throw new NotFoundError('appointment', id);
      await this.trail.record(manager, 'read', [visitRecordOf(appointment)]);
      return appointment;
    });
  }

  @RequirePermission('appointments:write')
  @Post(':id/reschedule')
  @HttpCode(200)
  reschedule(@Param('id', ParseUUIDPipe) id: string, @Body() request: RescheduleAppointmentDto): Promise<Appointment> {
    return this.changeAppointment.reschedule(id, request);
  }

  @RequirePermission('appointments:write')
  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Param('id', ParseUUIDPipe) id: string, @Body() { reason }: CancelAppointmentDto): Promise<Appointment> {
    return this.changeAppointment.cancel(id, reason);
  }

  @RequirePermission('appointments:write')
  @Post(':id/check-in')
  @HttpCode(200)
  checkIn(@Param('id', ParseUUIDPipe) id: string): Promise<Appointment> {
    return this.changeAppointment.checkIn(id);
  }

  @RequirePermission('appointments:write')
  @Post(':id/no-show')
  @HttpCode(200)
  markNoShow(@Param('id', ParseUUIDPipe) id: string): Promise<Appointment> {
    return this.changeAppointment.markNoShow(id);
  }

  @RequirePermission('appointments:complete')
  @Post(':id/complete')
  @HttpCode(200)
  complete(@Param('id', ParseUUIDPipe) id: string, @Body() visit: CompleteAppointmentDto): Promise<Appointment> {
    return this.completeAppointment.execute(id, visit);
  }
}
