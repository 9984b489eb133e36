import { KnownClinic } from '@praxis/replicas';
import { EntityManager } from 'typeorm';
import { clinicToday } from './training-status';

/** The clinic's zone as identity announced it; UTC until that announcement arrives. */
export const clinicTimeZone = async (manager: EntityManager): Promise<string> =>
  (await manager.findOneBy(KnownClinic, {}))?.timeZone ?? 'UTC';

export const todayAtClinic = async (manager: EntityManager, now: Date): Promise<string> =>
  clinicToday(now, await clinicTimeZone(manager));
