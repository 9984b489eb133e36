import { LocationCreated, LocationUpdated } from '@praxis/contracts';
import { OutboxWriter } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { Location } from './location.entity';

/** Scheduling keeps its own copy of each location (name and zone): every change is announced for it. */
export const announceLocation = (
  outbox: OutboxWriter,
  manager: EntityManager,
  contract: typeof LocationCreated | typeof LocationUpdated,
  location: Location,
) =>
  outbox.append(manager, contract, {
    aggregateId: location.id,
    payload: { locationId: location.id, name: location.name, timeZone: location.timeZone },
  });
