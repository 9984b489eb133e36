import { Segment } from '@praxis/x12';

/** IK4: the element at fault, with the 999's element error code (7 invalid code value, 8 invalid date, ...). */
export interface ElementError {
  position: number;
  code: string;
  badValue?: string;
}

/** IK3: a segment in error (or missing), with the 999's segment error code. */
export interface SegmentError {
  segmentId: string;
  /** The segment's position in the file; for a missing segment, the position of the loop that lacks it. */
  position: number;
  code: string;
  /** The CLM01 of the claim the segment belongs to, reported as CTX*CLM01 so the sender can find it. */
  claim?: string;
  element?: ElementError;
}

const SEGMENT_MISSING = '3';
const LOOP_OVER_MAXIMUM = '4';
const ELEMENT_ERRORS = '8';
export const INVALID_CODE = '7';
export const INVALID_DATE = '8';
export const INVALID_CHARACTER = '6';
export const REQUIRED_ELEMENT_MISSING = '1';
export const TOO_LONG = '5';
export const PATTERN_MISMATCH = 'I12';

export const elementError = (segment: Segment, position: number, code: string, claim?: string): SegmentError => ({
  segmentId: segment.id,
  position: segment.position,
  code: ELEMENT_ERRORS,
  claim,
  element: { position, code, badValue: segment.elements[position] || undefined },
});

export const missingSegment = (segmentId: string, within: Segment, claim?: string): SegmentError => ({
  segmentId,
  position: within.position,
  code: SEGMENT_MISSING,
  claim,
});

export const loopOverMaximum = (opening: Segment, claim?: string): SegmentError => ({
  segmentId: opening.id,
  position: opening.position,
  code: LOOP_OVER_MAXIMUM,
  claim,
});
