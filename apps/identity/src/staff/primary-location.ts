import { UnprocessableError } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { Location } from '../locations/location.entity';

/** Row-level security hides other clinics' locations, so one of theirs is refused exactly like one that never existed. */
export const requireClinicLocation = async (manager: EntityManager, locationId: string | undefined): Promise<void> => {
  if (locationId === undefined) return;
  if (await manager.existsBy(Location, { id: locationId })) return;
  throw new UnprocessableError(`location ${locationId} is not one of the clinic's locations`, [
    { field: 'locationId', message: 'unknown location' },
  ]);
};
