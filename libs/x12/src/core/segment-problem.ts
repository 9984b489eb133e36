import { Segment } from './segment';

/** Something a transaction set reader could not accept, at the segment (and element) where it shows. */
export interface SegmentProblem {
  segmentId: string;
  position: number;
  element?: string;
  message: string;
}

export const problemAtSegment = (segment: Segment, message: string, element?: string): SegmentProblem => ({
  segmentId: segment.id,
  position: segment.position,
  ...(element ? { element } : {}),
  message,
});
