import type { OtherSubscriberRelationship } from '@praxis/x12';
import type { CoverageSubscriber } from './insured-coverage.entity';

/** The patient's relationship to a coverage's policy holder as the 837P codes it: PAT01, and 2320 SBR02 (18 self). */
export const X12_RELATIONSHIP = {
  self: '18',
  spouse: '01',
  child: '19',
  other: 'G8',
} as const satisfies Record<CoverageSubscriber['relationship'], OtherSubscriberRelationship>;
