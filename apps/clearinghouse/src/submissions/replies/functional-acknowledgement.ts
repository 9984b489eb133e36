import { defaultDelimiters, delimiterCharacters, FunctionalGroup, SegmentData } from '@praxis/x12';
import { SegmentError } from '../inspection/syntax-error';
import { TransactionSetVerdict } from '../inspection/transaction-set-inspection';

export const FUNCTIONAL_ACKNOWLEDGEMENT = '005010X231A1';

/** AK905 codes for the group as a whole. */
const GROUP_CONTROL_NUMBER_MISMATCH = '4';
const GROUP_COUNT_MISMATCH = '5';

export interface GroupVerdict {
  group: FunctionalGroup;
  transactionSets: TransactionSetVerdict[];
  /** Envelope faults of the GS/GE pair, by the element they concern. */
  envelopeElements: string[];
}

// IK404 copies the bad value, which cannot be done when it holds a delimiter of the reply (a composite, say).
const copyable = (value: string | undefined): string =>
  value && !delimiterCharacters(defaultDelimiters).some((delimiter) => value.includes(delimiter)) ? value : '';

const errorSegments = (error: SegmentError, stPosition: number): SegmentData[] => [
  ['IK3', error.segmentId, String(error.position - stPosition + 1), '', error.code],
  ...(error.claim ? [['CTX', ['CLM01', error.claim]] as SegmentData] : []),
  ...(error.element
    ? [['IK4', String(error.element.position), '', error.element.code, copyable(error.element.badValue)] as SegmentData]
    : []),
];

const transactionSetSegments = ({ transactionSet, accepted, setErrors, segmentErrors }: TransactionSetVerdict) => [
  ['AK2', transactionSet.type, transactionSet.controlNumber, transactionSet.implementation] as SegmentData,
  ...segmentErrors.flatMap((error) => errorSegments(error, transactionSet.header.position)),
  ['IK5', accepted ? 'A' : 'R', ...setErrors.slice(0, 5)] as SegmentData,
];

const groupErrors = (envelopeElements: readonly string[]): string[] => [
  ...(envelopeElements.includes('GE02') ? [GROUP_CONTROL_NUMBER_MISMATCH] : []),
  ...(envelopeElements.includes('GE01') ? [GROUP_COUNT_MISMATCH] : []),
];

const groupStatus = (accepted: number, received: number, errors: readonly string[]): string => {
  if (errors.length > 0 || accepted === 0) return 'R';
  return accepted === received ? 'A' : 'P';
};

/** One 999 per functional group received: AK2/IK5 per transaction set, AK9 for the group. */
export const functionalAcknowledgement = ({
  group,
  transactionSets,
  envelopeElements,
}: GroupVerdict): SegmentData[] => {
  const received = transactionSets.length;
  const errors = groupErrors(envelopeElements);
  const accepted = errors.length > 0 ? 0 : transactionSets.filter((verdict) => verdict.accepted).length;
  return [
    ['AK1', group.functionalId, group.controlNumber, group.version],
    ...transactionSets.flatMap(transactionSetSegments),
    ['AK9', groupStatus(accepted, received, errors), String(received), String(received), String(accepted), ...errors],
  ];
};
