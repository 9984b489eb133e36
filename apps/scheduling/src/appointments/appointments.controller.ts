import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, IdempotencyKey } from '@praxis/platform';
import { AppointmentReader } from './appointment-reader.query';
import { appointmentView, AppointmentView } from './appointment-view';
import { BookAppointment } from './book-appointment/book-appointment.usecase';
import { CancelAppointment } from './cancel-appointment/cancel-appointment.usecase';
import { CheckInAppointment } from './check-in-appointment/check-in-appointment.usecase';
import { CompleteAppointment } from './complete-appointment/complete-appointment.usecase';
import {
  BookAppointmentDto,
  CancelAppointmentDto,
  CompleteAppointmentDto,
  RescheduleAppointmentDto,
} from './dto/appointment-requests.dto';
import { MarkNoShow } from './mark-no-show/mark-no-show.usecase';
import { RescheduleAppointment } from './reschedule-appointment/reschedule-appointment.usecase';

@ApiTags('appointments')
@Controller('api/v1/appointments')
export class AppointmentsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly appointments: AppointmentReader,
    private readonly bookAppointment: BookAppointment,
    private readonly rescheduleAppointment: RescheduleAppointment,
    private readonly cancelAppointment: CancelAppointment,
    private readonly checkInAppointment: CheckInAppointment,
    private readonly markNoShowAppointment: MarkNoShow,
    private readonly completeAppointment: CompleteAppointment,
  ) {}

  @RequirePermission('appointments:write')
  @Post()
  book(@Body() request: BookAppointmentDto, @IdempotencyKey() idempotencyKey?: string): Promise<AppointmentView> {
    return this.bookAppointment
      .execute({ ...this.commands.current(), ...request, idempotencyKey })
      .then(appointmentView);
  }

  @RequirePermission('appointments:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AppointmentView> {
    return this.appointments.get(id).then(appointmentView);
  }

  @RequirePermission('appointments:write')
  @Post(':id/reschedule')
  @HttpCode(200)
  reschedule(
    @Param('id', ParseUUIDPipe) appointmentId: string,
    @Body() request: RescheduleAppointmentDto,
  ): Promise<AppointmentView> {
    return this.rescheduleAppointment
      .execute({ ...this.commands.current(), ...request, appointmentId })
      .then(appointmentView);
  }

  @RequirePermission('appointments:write')
  @Post(':id/cancel')
  @HttpCode(200)
  cancel(
    @Param('id', ParseUUIDPipe) appointmentId: string,
    @Body() request: CancelAppointmentDto,
  ): Promise<AppointmentView> {
    return this.cancelAppointment
      .execute({ ...this.commands.current(), ...request, appointmentId })
      .then(appointmentView);
  }

  @RequirePermission('appointments:write')
  @Post(':id/check-in')
  @HttpCode(200)
  checkIn(@Param('id', ParseUUIDPipe) appointmentId: string): Promise<AppointmentView> {
    return this.checkInAppointment.execute({ ...this.commands.current(), appointmentId }).then(appointmentView);
  }

  @RequirePermission('appointments:write')
  @Post(':id/no-show')
  @HttpCode(200)
  markNoShow(@Param('id', ParseUUIDPipe) appointmentId: string): Promise<AppointmentView> {
    return this.markNoShowAppointment.execute({ ...this.commands.current(), appointmentId }).then(appointmentView);
  }

  @RequirePermission('appointments:complete')
  @Post(':id/complete')
  @HttpCode(200)
  complete(
    @Param('id', ParseUUIDPipe) appointmentId: string,
    @Body() visit: CompleteAppointmentDto,
  ): Promise<AppointmentView> {
    return this.completeAppointment
      .execute({ ...this.commands.current(), ...visit, appointmentId })
      .then(appointmentView);
  }
}
