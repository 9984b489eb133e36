import { Injectable } from '@nestjs/common';
import { PatientDataTrail, patientListRecords } from '@praxis/messaging';
import { NotFoundError } from '@praxis/platform';
import { KnownClinic } from '@praxis/replicas';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { Location } from '../../locations/location.entity';
import { Appointment } from '../appointment.entity';
import { localInstant } from '../appointment-events';
import { appointmentView, AppointmentView } from '../appointment-view';
import { visitRecordOf } from '../visit-records';
import { ScheduleView } from './schedule-view.dto';
import { scheduleWindow, ScheduleSpan, ScheduleWindow } from './schedule-window';

export interface ScheduleRequest {
  date: string;
  span: ScheduleSpan;
  /** Omitted: the clinic's zone for a provider, the location's own for a location. */
  timeZone?: string;
}

const MAX_HISTORY = 500;

/** Who comes when: the calendars and a patient's visits, each read recorded on the patient data trail. */
@Injectable()
export class ScheduleReader {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
    private readonly trail: PatientDataTrail,
  ) {}

  forProvider(providerId: string, request: ScheduleRequest): Promise<ScheduleView> {
    return this.transactions.run(async (manager) => {
      const timeZone = request.timeZone ?? (await this.clinicTimeZone(manager));
      return this.view(manager, scheduleWindow(request.date, request.span, timeZone), { providerId });
    });
  }

  forLocation(locationId: string, request: ScheduleRequest): Promise<ScheduleView> {
    return this.transactions.run(async (manager) => {
      const location = await manager.findOneBy(Location, { id: locationId });
      if (!location) throw new NotFoundError('location', locationId);
      return this.view(manager, scheduleWindow(request.date, request.span, request.timeZone ?? location.timeZone), {
        locationId,
      });
    });
  }

  history(patientId: string): Promise<AppointmentView[]> {
    return this.transactions.run(async (manager) => {
      const visits = await manager.find(Appointment, {
        where: { patientId },
        order: { startsAt: 'DESC' },
        take: MAX_HISTORY,
      });
      await this.trail.record(
        manager,
        'read',
        patientListRecords(
          patientId,
          'visit',
          visits.map(({ id }) => id),
        ),
      );
      return visits.map(appointmentView);
    });
  }

  private async view(
    manager: EntityManager,
    window: ScheduleWindow,
    owner: { providerId: string } | { locationId: string },
  ): Promise<ScheduleView> {
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
      appointments: appointments.map(appointmentView),
    };
  }

  private async clinicTimeZone(manager: EntityManager): Promise<string> {
    const clinic = await manager.findOneBy(KnownClinic, { tenantId: this.context.tenantId });
    return clinic?.timeZone ?? 'UTC';
  }
}
