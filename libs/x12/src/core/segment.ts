import { Delimiters } from './delimiters';

/** One segment as read: `elements[n]` is element n as X12 numbers it (`elements[0]` is the segment id). */
export interface Segment {
  id: string;
  elements: readonly string[];
  /** 1-based index of the segment in the file, as acknowledgements (IK3) and error reports count. */
  position: number;
}

/** Element `n` (1-based), or '' when the segment stops earlier. */
export const elementOf = (segment: Segment, n: number): string => segment.elements[n] ?? '';

/** Component `k` (1-based) of composite element `n`, or '' when absent. */
export const componentOf = (segment: Segment, n: number, k: number, delimiters: Delimiters): string =>
  elementOf(segment, n).split(delimiters.component)[k - 1] ?? '';

export const componentsOf = (segment: Segment, n: number, delimiters: Delimiters): string[] =>
  elementOf(segment, n).split(delimiters.component);

const LEADING_BLANKS = /^\s+/;
const TRAILING_LINE_BREAKS = /[\r\n]+$/;

/**
 * Splits text into segments, numbering them from `firstPosition`. Line breaks and indentation between segments
 * are not data: many senders wrap after each terminator.
 */
export const splitSegments = (text: string, delimiters: Delimiters, firstPosition = 1): Segment[] => {
  const segments: Segment[] = [];
  for (const piece of text.split(delimiters.segment)) {
    const trimmed = piece.replace(LEADING_BLANKS, '').replace(TRAILING_LINE_BREAKS, '');
    if (trimmed === '') continue;
    const elements = trimmed.split(delimiters.element);
    segments.push({ id: elements[0], elements, position: firstPosition + segments.length });
  }
  return segments;
};
