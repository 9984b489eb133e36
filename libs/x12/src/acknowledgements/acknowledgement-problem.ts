import { Segment } from '../core/segment';

/** A 999 or 277CA that cannot be read as its guide shapes it: the segment at fault and why. */
export interface AcknowledgementProblem {
  segmentId: string;
  position: number;
  message: string;
}

export const problemAt = (segment: Segment, message: string): AcknowledgementProblem => ({
  segmentId: segment.id,
  position: segment.position,
  message,
});
