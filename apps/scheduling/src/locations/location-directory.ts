import { Injectable } from '@nestjs/common';
import { NotFoundError, UnprocessableError } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { Location } from './location.entity';

/** Locations as identity announced them; a location scheduling has not heard of cannot hold rooms or hours. */
@Injectable()
export class LocationDirectory {
  async get(manager: EntityManager, locationId: string): Promise<Location> {
    const location = await manager.findOneBy(Location, { id: locationId });
    if (!location) throw new NotFoundError('location', locationId);
    return location;
  }

  async require(manager: EntityManager, locationId: string, field = 'locationId'): Promise<Location> {
    const location = await manager.findOneBy(Location, { id: locationId });
    if (!location)
      throw new UnprocessableError(`location ${locationId} is not known to scheduling`, [
        { field, message: 'unknown location' },
      ]);
    return location;
  }

  list(manager: EntityManager): Promise<Location[]> {
    return manager.find(Location, { order: { name: 'ASC' } });
  }
}
