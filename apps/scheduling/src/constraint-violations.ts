import { ConstraintViolations } from '@praxis/platform';
import { OverlappingCoverageError } from './patients/patient-coverages';

/**
 * A concurrent write that slipped past a use case's own check is still refused by the database.
 * A double booking is answered by the booking use cases, which name the next free slots.
 */
export const schedulingConstraintViolations: ConstraintViolations = {
  coverages_one_per_rank_at_a_time: () => new OverlappingCoverageError(),
};
