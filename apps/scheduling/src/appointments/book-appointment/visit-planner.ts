import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { AppointmentType } from '../../appointment-types/appointment-type.entity';
import { AvailabilityCalendar } from '../../availability/availability-calendar';
import { LocationDirectory } from '../../locations/location-directory';
import { Provider } from '../../providers/provider.entity';
import { Room } from '../../rooms/room.entity';
import { ProviderDirectory } from '../../providers/provider-directory';
import { OutsideWorkingHoursError, ProviderBlockedError, UnknownReferenceError } from '../appointment-errors';
import { CredentialStanding } from '../../credential-blocks/credential-standing';

export interface VisitRequest {
  providerId: string;
  locationId: string;
  appointmentTypeId: string;
  startsAt: Date;
  roomId?: string | null;
  /** The instant the request is decided at: a visit cannot start before it. */
  now: Date;
}

export interface VisitPlan {
  provider: Provider;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  blockedFrom: Date;
  blockedUntil: Date;
}

const minutes = (count: number) => count * 60_000;

/** Everything that decides whether a visit may be booked, except the double booking the database refuses. */
@Injectable()
export class VisitPlanner {
  constructor(
    private readonly providers: ProviderDirectory,
    private readonly calendar: AvailabilityCalendar,
    private readonly locations: LocationDirectory,
    private readonly credentials: CredentialStanding,
  ) {}

  async plan(manager: EntityManager, request: VisitRequest): Promise<VisitPlan> {
    const provider = await this.activeProvider(manager, request.providerId);
    const type = await manager.findOneBy(AppointmentType, { id: request.appointmentTypeId });
    if (!type?.active) throw new UnknownReferenceError('appointmentTypeId', 'active appointment type');
    const location = await this.locations.require(manager, request.locationId);
    if (request.roomId && !(await manager.existsBy(Room, { id: request.roomId, locationId: location.id, active: true }))) {
      throw new UnknownReferenceError('roomId', 'active room at this location');
    }
    await this.assertNotBlocked(manager, provider);
    if (request.startsAt <= request.now) throw new OutsideWorkingHoursError('startsAt is in the past');
    const endsAt = new Date(request.startsAt.getTime() + minutes(type.durationMinutes));
    const reason = await this.calendar.unbookableReason(manager, { provider, location, startsAt: request.startsAt, endsAt });
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

  private async activeProvider(manager: EntityManager, providerId: string): Promise<Provider> {
    const provider = await this.providers.get(manager, providerId).catch((error: unknown) => {
      if (error instanceof NotFoundError) throw new UnknownReferenceError('providerId', 'provider');
      throw error;
    });
    if (!provider.active) throw new UnknownReferenceError('providerId', 'active provider');
    return provider;
  }

  private async assertNotBlocked(manager: EntityManager, provider: Provider): Promise<void> {
    const blocks = await this.credentials.blockingCredentials(manager, provider.userId);
    if (blocks.length > 0) {
      throw new ProviderBlockedError(
        provider.displayName,
        blocks.map(({ credentialName, expiredOn }) => ({ credentialName, expiredOn: expiredOn ?? 'an unknown date' })),
      );
    }
  }
}
