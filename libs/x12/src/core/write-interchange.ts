import { DateTime } from 'luxon';
import { defaultDelimiters, Delimiters } from './delimiters';
import { InvalidEnvelopeValueError } from './write-errors';
import { assertNoDelimiter, SegmentData, writeSegment } from './write-segments';

/** A trading partner as the ISA names it: an id qualifier (ISA05/07, e.g. "ZZ") and an id of up to 15 characters. */
export interface InterchangeParty {
  qualifier: string;
  id: string;
}

export interface TransactionSetData {
  /** ST01, e.g. "837". */
  type: string;
  /** ST02: 4 to 9 digits after zero-padding; unique within the group. */
  controlNumber: number;
  /** ST03, e.g. "005010X222A1". */
  implementation?: string;
  /** The segments between ST and SE. */
  segments: readonly SegmentData[];
}

export interface FunctionalGroupData {
  /** GS01, e.g. "HC" for claims, "HP" for remittances, "FA" for 999, "HN" for 277. */
  functionalId: string;
  applicationSender: string;
  applicationReceiver: string;
  /** GS06: the caller keeps it unique per trading partner, so a 999 can be matched back. */
  controlNumber: number;
  /** GS08, e.g. "005010X222A1". */
  version: string;
  transactionSets: readonly TransactionSetData[];
}

export interface InterchangeData {
  sender: InterchangeParty;
  receiver: InterchangeParty;
  /** ISA13: the caller keeps it unique per trading partner. */
  controlNumber: number;
  /** When the file is prepared; ISA09/10 and GS04/05 show it in `timeZone` (IANA). */
  preparedAt: Date;
  timeZone: string;
  usage: 'P' | 'T';
  acknowledgementRequested?: boolean;
  delimiters?: Delimiters;
  groups: readonly FunctionalGroupData[];
}

const MAX_CONTROL_NUMBER = 999_999_999;

const checkControlNumber = (name: string, value: number): void => {
  if (!Number.isInteger(value) || value < 1 || value > MAX_CONTROL_NUMBER)
    throw new InvalidEnvelopeValueError(name, `must be a whole number from 1 to ${MAX_CONTROL_NUMBER}, got ${value}`);
};

const fixedWidth = (name: string, value: string, width: number, delimiters: Delimiters): string => {
  if (value.length > width)
    throw new InvalidEnvelopeValueError(name, `must be at most ${width} characters: "${value}"`);
  assertNoDelimiter(value, name, delimiters);
  return value.padEnd(width, ' ');
};

const checkDelimiters = (delimiters: Delimiters): void => {
  const characters = [delimiters.element, delimiters.component, delimiters.repetition, delimiters.segment];
  if (characters.some((character) => character.length !== 1) || new Set(characters).size !== characters.length)
    throw new InvalidEnvelopeValueError(
      'ISA16',
      `needs four distinct one-character delimiters, got "${characters.join('')}"`,
    );
};

const preparedTime = (data: InterchangeData): DateTime => {
  const time = DateTime.fromJSDate(data.preparedAt, { zone: data.timeZone });
  if (!time.isValid) throw new InvalidEnvelopeValueError('ISA09', `cannot be shown in time zone "${data.timeZone}"`);
  return time;
};

/** The ISA, fixed-width: every element padded to its size so the segment is 106 characters with its terminator. */
const writeIsa = (data: InterchangeData, time: DateTime, delimiters: Delimiters): string => {
  checkControlNumber('ISA13', data.controlNumber);
  const elements = [
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    fixedWidth('ISA05', data.sender.qualifier, 2, delimiters),
    fixedWidth('ISA06', data.sender.id, 15, delimiters),
    fixedWidth('ISA07', data.receiver.qualifier, 2, delimiters),
    fixedWidth('ISA08', data.receiver.id, 15, delimiters),
    time.toFormat('yyMMdd'),
    time.toFormat('HHmm'),
    delimiters.repetition,
    '00501',
    String(data.controlNumber).padStart(9, '0'),
    data.acknowledgementRequested ? '1' : '0',
    data.usage,
    delimiters.component,
  ];
  return elements.join(delimiters.element) + delimiters.segment;
};

const writeTransactionSet = (set: TransactionSetData, delimiters: Delimiters): string[] => {
  checkControlNumber('ST02', set.controlNumber);
  const controlNumber = String(set.controlNumber).padStart(4, '0');
  const segments: SegmentData[] = [
    ['ST', set.type, controlNumber, set.implementation ?? ''],
    ...set.segments,
    ['SE', String(set.segments.length + 2), controlNumber],
  ];
  return segments.map((segment) => writeSegment(segment, delimiters));
};

const writeGroup = (group: FunctionalGroupData, time: DateTime, delimiters: Delimiters): string[] => {
  checkControlNumber('GS06', group.controlNumber);
  const controlNumber = String(group.controlNumber);
  const header: SegmentData = [
    'GS',
    group.functionalId,
    group.applicationSender,
    group.applicationReceiver,
    time.toFormat('yyyyMMdd'),
    time.toFormat('HHmm'),
    controlNumber,
    'X',
    group.version,
  ];
  return [
    writeSegment(header, delimiters),
    ...group.transactionSets.flatMap((set) => writeTransactionSet(set, delimiters)),
    writeSegment(['GE', String(group.transactionSets.length), controlNumber], delimiters),
  ];
};

/**
 * Writes one interchange. SE01, GE01 and IEA01 are counted here; control numbers come from the caller, who owns
 * their uniqueness. Throws an X12WriteError naming the element when a value cannot be written.
 */
export const writeInterchange = (data: InterchangeData): string => {
  const delimiters = data.delimiters ?? defaultDelimiters;
  checkDelimiters(delimiters);
  const time = preparedTime(data);
  return [
    writeIsa(data, time, delimiters),
    ...data.groups.flatMap((group) => writeGroup(group, time, delimiters)),
    writeSegment(['IEA', String(data.groups.length), String(data.controlNumber).padStart(9, '0')], delimiters),
  ].join('');
};
