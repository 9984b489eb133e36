import { FileEnvelope, writeSingleGroup } from '../core/write-single-group';
import { SegmentData } from '../core/write-segments';
import { GroupReport, SegmentErrorReport, TransactionSetReport } from './read-999';

export const FUNCTIONAL_ACKNOWLEDGEMENT_VERSION = '005010X231A1';

/** A group to acknowledge: as readFunctionalAcknowledgement reads it, plus AK103, the version the group was sent in. */
export type GroupAcknowledgement = GroupReport & { version: string };

const ACCEPTING_STATUSES = new Set(['A', 'E']);

const errorSegments = (error: SegmentErrorReport): SegmentData[] => [
  ['IK3', error.segmentId, String(error.position), '', error.code],
  ...(error.claim ? [['CTX', ['CLM01', error.claim]] as SegmentData] : []),
  ...(error.element
    ? [['IK4', error.element.position.split(':'), '', error.element.code, error.element.badValue ?? ''] as SegmentData]
    : []),
];

const transactionSetSegments = (set: TransactionSetReport): SegmentData[] => [
  ['AK2', set.type, set.controlNumber],
  ...set.errors.flatMap(errorSegments),
  ['IK5', set.status, ...set.codes],
];

/** AK1 … AK9 for one group; AK9 counts the sets it names and those accepted (A or E). */
export const groupAcknowledgementSegments = (group: GroupAcknowledgement): SegmentData[] => {
  const received = String(group.transactionSets.length);
  const accepted = String(group.transactionSets.filter((set) => ACCEPTING_STATUSES.has(set.status)).length);
  return [
    ['AK1', group.functionalId, group.controlNumber, group.version],
    ...group.transactionSets.flatMap(transactionSetSegments),
    ['AK9', group.status, received, received, accepted, ...group.codes],
  ];
};

/** A 999 file: one transaction set per group acknowledged, in the order given. */
export const writeFunctionalAcknowledgement = (
  groups: readonly GroupAcknowledgement[],
  envelope: FileEnvelope,
): string =>
  writeSingleGroup(envelope, {
    functionalId: 'FA',
    implementation: FUNCTIONAL_ACKNOWLEDGEMENT_VERSION,
    type: '999',
    transactionSets: groups.map(groupAcknowledgementSegments),
  });
