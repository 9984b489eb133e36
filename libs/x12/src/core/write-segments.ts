import { Delimiters, delimiterCharacters } from './delimiters';
import { DelimiterInDataError } from './write-errors';

/** An element: a simple value, or the components of a composite element. */
export type ElementValue = string | readonly string[];

/** A segment to write: its id and its elements in order, e.g. `['NM1', '85', '2', 'ACME CLINIC']`. */
export type SegmentData = readonly [id: string, ...elements: ElementValue[]];

const dropTrailingEmpty = (values: readonly string[]): readonly string[] => {
  let length = values.length;
  while (length > 0 && values[length - 1] === '') length -= 1;
  return values.slice(0, length);
};

const elementName = (id: string, index: number, component?: number) =>
  `${id}${String(index).padStart(2, '0')}${component === undefined ? '' : `-${component}`}`;

export const assertNoDelimiter = (value: string, name: string, delimiters: Delimiters): void => {
  const found = delimiterCharacters(delimiters).find((delimiter) => value.includes(delimiter));
  if (found !== undefined) throw new DelimiterInDataError(name, found);
};

const writeElement = (id: string, index: number, value: ElementValue, delimiters: Delimiters): string => {
  if (typeof value === 'string') {
    assertNoDelimiter(value, elementName(id, index), delimiters);
    return value;
  }
  value.forEach((component, k) => assertNoDelimiter(component, elementName(id, index, k + 1), delimiters));
  return dropTrailingEmpty(value).join(delimiters.component);
};

/** One segment with its terminator; trailing empty elements and components are left out, as X12 requires. */
export const writeSegment = ([id, ...elements]: SegmentData, delimiters: Delimiters): string => {
  const written = elements.map((value, index) => writeElement(id, index + 1, value, delimiters));
  return [id, ...dropTrailingEmpty(written)].join(delimiters.element) + delimiters.segment;
};
