import {
  defaultDelimiters,
  delimiterCharacters,
  FunctionalGroup,
  GroupAcknowledgement,
  SegmentErrorReport,
} from '@praxis/x12';
import { SegmentError } from '../inspection/syntax-error';
import { TransactionSetVerdict } from '../inspection/transaction-set-inspection';

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
const copyable = (value: string | undefined): string | undefined =>
  value && !delimiterCharacters(defaultDelimiters).some((delimiter) => value.includes(delimiter)) ? value : undefined;

const reported = (error: SegmentError, stPosition: number): SegmentErrorReport => {
  const badValue = copyable(error.element?.badValue);
  return {
    segmentId: error.segmentId,
    position: error.position - stPosition + 1,
    code: error.code,
    ...(error.claim ? { claim: error.claim } : {}),
    ...(error.element
      ? {
          element: {
            position: String(error.element.position),
            code: error.element.code,
            ...(badValue ? { badValue } : {}),
          },
        }
      : {}),
  };
};

const groupErrors = (envelopeElements: readonly string[]): string[] => [
  ...(envelopeElements.includes('GE02') ? [GROUP_CONTROL_NUMBER_MISMATCH] : []),
  ...(envelopeElements.includes('GE01') ? [GROUP_COUNT_MISMATCH] : []),
];

const groupStatus = (verdicts: readonly TransactionSetVerdict[], errors: readonly string[]): string => {
  const accepted = verdicts.filter((verdict) => verdict.accepted).length;
  if (errors.length > 0 || accepted === 0) return 'R';
  return accepted === verdicts.length ? 'A' : 'P';
};

/** What the 999 says of one functional group received: each transaction set's verdict with its errors, then AK9. */
export const groupAcknowledgement = ({
  group,
  transactionSets,
  envelopeElements,
}: GroupVerdict): GroupAcknowledgement => {
  const codes = groupErrors(envelopeElements);
  return {
    functionalId: group.functionalId,
    controlNumber: group.controlNumber,
    version: group.version,
    status: groupStatus(transactionSets, codes),
    codes,
    transactionSets: transactionSets.map(({ transactionSet, accepted, setErrors, segmentErrors }) => ({
      type: transactionSet.type,
      controlNumber: transactionSet.controlNumber,
      status: accepted ? 'A' : 'R',
      codes: setErrors.slice(0, 5),
      errors: segmentErrors.map((error) => reported(error, transactionSet.header.position)),
    })),
  };
};
