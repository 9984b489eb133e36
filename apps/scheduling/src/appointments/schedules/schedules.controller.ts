import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { PatientDataTrail, patientListRecords } from '@praxis/messaging';
import { IsCalendarDate, IsIanaTimeZone, KnownClinic, NotFoundError, OmittableButNotNull } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { IsIn } from 'class-validator';
import { EntityManager } from 'typeorm';
import { Location } from '../../locations/location.entity';
import { Appointment } from '../appointment.entity';
import { localInstant } from '../appointment-events';
import { visitRecordOf } from '../visit-records';
import { ScheduleView } from './schedule-view.dto';
import { scheduleWindow, ScheduleSpan, ScheduleWindow } from './schedule-window';

export class ScheduleQuery {
  @IsCalendarDate() date: string;
  @OmittableButNotNull() @IsIn(['day', 'week']) span: ScheduleSpan = 'day';
  @OmittableButNotNull() @IsIanaTimeZone() timeZone?: string;
}

const MAX_HISTORY = 500;

@ApiTags('schedules')
@Controller('api/v1')
export class SchedulesController {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
    private readonly trail: PatientDataTrail,
  ) {}

  @RequirePermission('appointments:read')
  @Get('schedules/providers/:providerId')
  forProvider(@Param('providerId', ParseUUIDPipe) providerId: string, @Query() query: ScheduleQuery): Promise<ScheduleView> {
    return this.transactions.run(async (manager) => {
      const timeZone = query.timeZone ?? (await this.clinicTimeZone(manager));
      return this.view(manager, scheduleWindow(query.date, query.span, timeZone), { providerId });
    });
  }

  @RequirePermission('appointments:read')
  @Get('schedules/locations/:locationId')
  forLocation(@Param('locationId', ParseUUIDPipe) locationId: string, @Query() query: ScheduleQuery): Promise<ScheduleView> {
    return this.transactions.run(async (manager) => {
      const location = await manager.findOneBy(Location, { id: locationId });
      if (!location) throw new NotFoundError('location', locationId);
      return this.view(manager, scheduleWindow(query.date, query.span, query.timeZone ?? location.timeZone), { locationId });
    });
  }

  @RequirePermission('appointments:read')
  @Get('patients/:patientId/appointments')
  history(@Param('patientId', ParseUUIDPipe) patientId: string): Promise<Appointment[]> {
    return this.transactions.run(async (manager) => {
      const visits = await manager.find(Appointment, { where: { patientId }, order: { startsAt: 'DESC' }, take: MAX_HISTORY });
      await this.trail.record(manager, 'read', patientListRecords(patientId, 'visit', visits.map(({ id }) => id)));
      return visits;
    });
  }

  private async view(manager: EntityManager, window: ScheduleWindow, owner: { providerId: string } | { locationId: string }): Promise<ScheduleView> {
    const appointments = await manager
      .createQueryBuilder(Appointment, 'appointment')
      .where(owner)
      .andWhere('appointment.starts_at < :until AND appointment.ends_at > :from', window)
      .orderBy('appointment.starts_at')
      .getMany();
    // A calendar shows who comes when: each visit on it is disclosed to the viewer.
    await this.trail.record(manager, 'read', appointments.map(visitRecordOf));
    return {
      timeZone: window.timeZone,
      from: localInstant(window.from, window.timeZone),
      until: localInstant(window.until, window.timeZone),
      appointments,
    };
  }

  private async clinicTimeZone(manager: EntityManager): Promise<string> {
    const clinic = await manager.findOneBy(KnownClinic, { tenantId: this.context.tenantId });
    return clinic?.timeZone ?? 'UTC';
  }
}
