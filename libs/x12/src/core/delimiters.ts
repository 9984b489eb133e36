/** The four characters that frame an interchange; the ISA segment announces them itself. */
export interface Delimiters {
  element: string;
  component: string;
  repetition: string;
  segment: string;
}

export const defaultDelimiters: Delimiters = { element: '*', component: ':', repetition: '^', segment: '~' };

/** The ISA is fixed-width: 106 characters including its segment terminator. */
export const ISA_LENGTH = 106;
const ISA_ELEMENT_COUNT = 16;
// Before 00501, ISA11 was the standards identifier ("U"), not a repetition separator.
const FIRST_VERSION_WITH_REPETITION = '00501';

export interface IsaLocation {
  delimiters: Delimiters;
  /** Offset of the ISA's first character in the text (after a byte-order mark or leading blanks). */
  start: number;
  /** Characters from "ISA" through the segment terminator. */
  length: number;
}

/**
 * Reads the delimiters from the ISA at `start`: the element separator is the character after "ISA", ISA16 is the
 * component separator and the next character terminates the segment. The separators are counted rather than read
 * at fixed offsets so that an ISA padded wrongly still yields its delimiters (its width is reported separately).
 */
export const locateIsa = (text: string, start: number): IsaLocation | undefined => {
  if (text.slice(start, start + 3) !== 'ISA') return undefined;
  const element = text.charAt(start + 3);
  if (!element || /[\w\s]/.test(element)) return undefined;
  const separators = [start + 3];
  while (separators.length < ISA_ELEMENT_COUNT) {
    const next = text.indexOf(element, separators[separators.length - 1] + 1);
    if (next < 0) return undefined;
    separators.push(next);
  }
  const isa16 = separators[ISA_ELEMENT_COUNT - 1] + 1;
  const component = text.charAt(isa16);
  const segment = text.charAt(isa16 + 1);
  if (!component || !segment || segment === element || segment === component) return undefined;
  const elementValue = (index: number) => text.slice(separators[index - 1] + 1, separators[index]);
  const isa11 = elementValue(11);
  const announcesRepetition = elementValue(12) >= FIRST_VERSION_WITH_REPETITION && /^[^\w\s]$/.test(isa11);
  const repetition = announcesRepetition ? isa11 : '';
  return { delimiters: { element, component, repetition, segment }, start, length: isa16 + 2 - start };
};

export const delimiterCharacters = ({ element, component, repetition, segment }: Delimiters): string[] =>
  [element, component, repetition, segment].filter((character) => character !== '');
