import { SegmentErrorReport, TransactionSetReport } from '@praxis/x12';
import { RejectionReason } from '../claims/claim-lifecycle';

// X12 999 code lists (IK304, IK403, IK502), in a clerk's words.
const SEGMENT_ERRORS: Readonly<Record<string, string>> = {
  '1': 'is not a segment the clearinghouse knows',
  '2': 'is not expected here',
  '3': 'is required but missing',
  '4': 'repeats its loop more often than allowed',
  '5': 'appears more often than allowed',
  '7': 'is out of order',
  '8': 'has an element in error',
};
const ELEMENT_ERRORS: Readonly<Record<string, string>> = {
  '1': 'is required but missing',
  '4': 'is too short',
  '5': 'is too long',
  '6': 'holds a character not allowed',
  '7': 'holds a code not allowed',
  '8': 'is not a real date',
  '9': 'is not a real time',
  I12: "does not match the payer's format",
};
const SET_ERRORS: Readonly<Record<string, string>> = {
  '1': 'the clearinghouse does not take this kind of file',
  '2': 'the file was cut short (no SE)',
  '3': 'the control numbers of ST and SE disagree',
  '4': 'SE01 does not count the segments of the claim file',
};

const errorReason = ({ segmentId, position, code, claim, element }: SegmentErrorReport): RejectionReason => {
  const where = `${segmentId} (segment ${position} of the claim file${claim ? `, claim ${claim}` : ''})`;
  if (element)
    return {
      code: `IK4:${element.code}`,
      message: `${where}: element ${element.position} ${ELEMENT_ERRORS[element.code] ?? `is in error (${element.code})`}`,
    };
  return { code: `IK3:${code}`, message: `${where} ${SEGMENT_ERRORS[code] ?? `is in error (${code})`}` };
};

/** Why the clearinghouse rejected a transaction set, each error in words with its 999 code. */
export const rejectionReasons = (set: TransactionSetReport | undefined, groupCodes: string[]): RejectionReason[] => {
  const reasons = [
    ...(set?.errors ?? []).map(errorReason),
    ...(set?.codes ?? [])
      .filter((code) => SET_ERRORS[code])
      .map((code) => ({ code: `IK5:${code}`, message: SET_ERRORS[code] })),
    ...groupCodes.map((code) => ({
      code: `AK9:${code}`,
      message: `the clearinghouse rejected the whole file (${code})`,
    })),
  ];
  return reasons.length > 0 ? reasons : [{ code: null, message: 'the clearinghouse rejected the claim file' }];
};
