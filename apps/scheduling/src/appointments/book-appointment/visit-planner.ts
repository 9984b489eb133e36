import { Injectable } from '@nestjs/common';
import { runPrepared, UnprocessableError } from '@praxis/platform';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { unbookableReason } from '../../availability/bookable-hours';
import { calendarOf } from '../../availability/calendar-loader';
import { slotGridAround } from '../../availability/slots/slot-generation';
import {
  OffGridStartError,
  OutsideWorkingHoursError,
  ProviderBlockedError,
  UnknownReferenceError,
} from '../appointment-errors';
import { VISIT_CONTEXT } from './booking.sql';
import { PlannedProvider, VisitContext, visitContextOf, VisitContextRow } from './visit-context';

export interface VisitRequest {
  providerId: string;
  locationId: string;
  appointmentTypeId: string;
  startsAt: Date;
  roomId?: string | null;
  /** The instant the request is decided at: a visit cannot start before it. */
  now: Date;
  /** The caller means a start off the visit type's slot grid. */
  allowOffGrid?: boolean;
}

export interface VisitPlan {
  provider: PlannedProvider;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  blockedFrom: Date;
  blockedUntil: Date;
}

const minutes = (count: number) => count * 60_000;

const assertOnSlotGrid = (startsAt: Date, timeZone: string, type: { name: string; durationMinutes: number }) => {
  const grid = slotGridAround(startsAt, timeZone, type.durationMinutes);
  if (grid.onGrid) return;
  throw new OffGridStartError({
    requested: DateTime.fromJSDate(startsAt, { zone: timeZone }).toFormat('HH:mm'),
    stepMinutes: grid.stepMinutes,
    before: grid.before.toFormat('HH:mm'),
    after: grid.after.toFormat('HH:mm'),
    visitType: type.name,
  });
};

/** Everything that decides whether a visit may be booked, except the double booking the database refuses. */
@Injectable()
export class VisitPlanner {
  /**
   * One read of all the facts (`VISIT_CONTEXT`), then the checks in the order the front desk has always met
   * them. A new visit names its patient, who must exist; a rescheduled one keeps the patient it has.
   */
  async plan(manager: EntityManager, request: VisitRequest, newVisitFor?: { patientId: string }): Promise<VisitPlan> {
    const [row] = await runPrepared<VisitContextRow>(manager, VISIT_CONTEXT, [
      newVisitFor?.patientId ?? null,
      request.providerId,
      request.appointmentTypeId,
      request.locationId,
      request.roomId ?? null,
      request.startsAt,
    ]);
    return this.decide(visitContextOf(row), request);
  }

  private decide(context: VisitContext, request: VisitRequest): VisitPlan {
    if (!context.patientExists) throw new UnknownReferenceError('patientId', 'patient');
    const { provider, appointmentType: type, location } = context;
    if (!provider) throw new UnknownReferenceError('providerId', 'provider');
    if (!provider.active) throw new UnknownReferenceError('providerId', 'active provider');
    if (!type?.active) throw new UnknownReferenceError('appointmentTypeId', 'active appointment type');
    if (!location) {
      throw new UnprocessableError(`location ${request.locationId} is not known to scheduling`, [
        { field: 'locationId', message: 'unknown location' },
      ]);
    }
    if (!context.roomAtLocation) throw new UnknownReferenceError('roomId', 'active room at this location');
    if (context.blockingCredentials.length > 0) {
      throw new ProviderBlockedError(
        provider.displayName,
        context.blockingCredentials.map(({ credentialName, expiredOn }) => ({
          credentialName,
          expiredOn: expiredOn ?? 'an unknown date',
        })),
      );
    }
    if (request.startsAt <= request.now) throw new OutsideWorkingHoursError('startsAt is in the past');
    if (!request.allowOffGrid) assertOnSlotGrid(request.startsAt, location.timeZone, type);
    const endsAt = new Date(request.startsAt.getTime() + minutes(type.durationMinutes));
    const calendar = calendarOf(location, context.weeklyHours, context.exceptions);
    const reason = unbookableReason(calendar, { provider, location, startsAt: request.startsAt, endsAt });
    if (reason) throw new OutsideWorkingHoursError(reason);
    return {
      provider,
      timeZone: location.timeZone,
      startsAt: request.startsAt,
      endsAt,
      blockedFrom: new Date(request.startsAt.getTime() - minutes(type.bufferBeforeMinutes)),
      blockedUntil: new Date(endsAt.getTime() + minutes(type.bufferAfterMinutes)),
    };
  }
}
