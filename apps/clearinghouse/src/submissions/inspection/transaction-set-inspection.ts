import { EnvelopeProblem, TransactionSet } from '@praxis/x12';
import { claimErrors } from './claim-checks';
import { headerErrors } from './header-checks';
import { hierarchyErrors } from './hierarchy-checks';
import { billingProviderErrors, patientErrors, subscriberErrors } from './level-checks';
import { claimsOf, hierarchyLevels, HierarchyLevel, isSegment } from './loops';
import { elementError, INVALID_CODE, SegmentError } from './syntax-error';

export const PROFESSIONAL_CLAIM = '005010X222A1';

/** IK5 codes: why a whole transaction set is refused, beside the segments in error (code 5). */
const NOT_SUPPORTED = '1';
const TRAILER_MISSING = '2';
const CONTROL_NUMBER_MISMATCH = '3';
const SEGMENT_COUNT_MISMATCH = '4';
const SEGMENTS_IN_ERROR = '5';

export interface TransactionSetVerdict {
  transactionSet: TransactionSet;
  accepted: boolean;
  /** IK502..IK506: the codes the 999 gives for the set as a whole. */
  setErrors: string[];
  segmentErrors: SegmentError[];
}

export interface InspectionRules {
  component: string;
  acceptsMemberId: (memberId: string) => boolean;
}

const envelopeErrorCodes = (transactionSet: TransactionSet, problems: readonly EnvelopeProblem[]): string[] => {
  const ownProblems = problems.filter(
    (problem) =>
      problem.position === transactionSet.header.position || problem.position === transactionSet.trailer?.position,
  );
  return ownProblems.flatMap((problem) => {
    if (problem.code === 'missing-trailer') return [TRAILER_MISSING];
    if (problem.element === 'SE01') return [SEGMENT_COUNT_MISMATCH];
    if (problem.element === 'SE02') return [CONTROL_NUMBER_MISMATCH];
    return [];
  });
};

const levelErrors = (level: HierarchyLevel, rules: InspectionRules): SegmentError[] => {
  const own =
    level.levelCode === '20'
      ? billingProviderErrors(level)
      : level.levelCode === '22'
        ? subscriberErrors(level, rules.acceptsMemberId)
        : level.levelCode === '23'
          ? patientErrors(level)
          : [];
  return [...own, ...claimsOf(level).flatMap((claim) => claimErrors(claim, rules.component))];
};

const contentErrors = (transactionSet: TransactionSet, rules: InspectionRules): SegmentError[] => {
  const { header, segments } = transactionSet;
  const levels = hierarchyLevels(segments);
  const firstLevel = segments.findIndex(isSegment('HL'));
  const beforeHierarchy = firstLevel < 0 ? segments : segments.slice(0, firstLevel);
  const implementationErrors =
    transactionSet.implementation === PROFESSIONAL_CLAIM ? [] : [elementError(header, 3, INVALID_CODE)];
  return [
    ...implementationErrors,
    ...headerErrors(header, beforeHierarchy),
    ...hierarchyErrors(levels),
    ...levels.flatMap((level) => levelErrors(level, rules)),
  ];
};

/** The sandbox's own strict reading of one 837P transaction set, as its 999 reports it. */
export const inspectTransactionSet = (
  transactionSet: TransactionSet,
  problems: readonly EnvelopeProblem[],
  rules: InspectionRules,
): TransactionSetVerdict => {
  if (transactionSet.type !== '837')
    return { transactionSet, accepted: false, setErrors: [NOT_SUPPORTED], segmentErrors: [] };
  const segmentErrors = contentErrors(transactionSet, rules);
  const setErrors = [
    ...envelopeErrorCodes(transactionSet, problems),
    ...(segmentErrors.length > 0 ? [SEGMENTS_IN_ERROR] : []),
  ];
  return { transactionSet, accepted: setErrors.length === 0, setErrors, segmentErrors };
};
