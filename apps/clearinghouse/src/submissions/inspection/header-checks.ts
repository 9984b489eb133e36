import { elementOf, Segment } from '@praxis/x12';
import { findSegment } from './loops';
import { elementError, INVALID_CODE, missingSegment, SegmentError } from './syntax-error';

/** BHT opens the 837P as an original claim batch; 1000A names the submitter (with a contact), 1000B the receiver. */
export const headerErrors = (header: Segment, segments: readonly Segment[]): SegmentError[] => {
  const errors: SegmentError[] = [];
  const [first] = segments;
  if (first?.id !== 'BHT') errors.push(missingSegment('BHT', header));
  else if (elementOf(first, 1) !== '0019') errors.push(elementError(first, 1, INVALID_CODE));
  if (!findSegment(segments, 'NM1', '41')) errors.push(missingSegment('NM1', header));
  else if (!findSegment(segments, 'PER', 'IC')) errors.push(missingSegment('PER', header));
  if (!findSegment(segments, 'NM1', '40')) errors.push(missingSegment('NM1', header));
  return errors;
};
