import { ConflictError } from '@praxis/platform';
import { WorkingHoursView } from './dto/working-hours.dto';
import { WorkingHours } from './working-hours.entity';

interface WallClockRange {
  start: string;
  end: string;
}

export const rangesOverlap = (a: WallClockRange, b: WallClockRange): boolean => a.start < b.end && b.start < a.end;

export const toView = (row: WorkingHours): WorkingHoursView => ({
  id: row.id,
  providerId: row.providerId,
  locationId: row.locationId,
  weekday: row.weekday,
  start: row.startTime.slice(0, 5),
  end: row.endTime.slice(0, 5),
});

export class WorkingHoursClashError extends ConflictError {
  constructor(field: string, clash: WorkingHoursView) {
    super(
      `overlaps the provider's hours ${clash.start}–${clash.end} on weekday ${clash.weekday} at location ${clash.locationId}: a provider cannot be in two places`,
    );
    this.extensions.errors = [{ field, message: 'overlaps working hours at another location' }];
  }
}
