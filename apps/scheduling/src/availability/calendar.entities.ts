import { StaffMember } from '@praxis/replicas';
import { AppointmentType } from '../appointment-types/appointment-type.entity';
import { Location } from '../locations/location.entity';
import { Provider } from '../providers/provider.entity';
import { Room } from '../rooms/room.entity';
import { AvailabilityException } from './exceptions/availability-exception.entity';
import { WorkingHours } from './working-hours/working-hours.entity';

export const calendarEntities = [
  StaffMember,
  Location,
  Provider,
  Room,
  AppointmentType,
  WorkingHours,
  AvailabilityException,
];
