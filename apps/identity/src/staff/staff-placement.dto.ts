import { IsCalendarDate } from '@praxis/domain';
import { OmittableButNotNull } from '@praxis/platform';
import { IsUUID } from 'class-validator';

/** Where and since when a member works, as an admin records it on creating or changing the account. */
export class StaffPlacementDto {
  /** One of the clinic's locations. */
  @OmittableButNotNull() @IsUUID() locationId?: string;
  /** The first day of employment; may lie ahead for someone who starts soon. */
  @OmittableButNotNull() @IsCalendarDate() hiredOn?: string;
}
