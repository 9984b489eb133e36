import { FieldProblem, UnprocessableError } from '@praxis/platform';
import {
  ClaimPaymentStatus,
  componentOf,
  Delimiters,
  elementOf,
  EnvelopeProblem,
  Imbalance,
  readRemittanceAdvice,
  readX12,
  RemittanceAdvice,
  SegmentProblem,
  TransactionSet,
  X12Document,
} from '@praxis/x12';

export interface ReadRemittance {
  remittance: RemittanceAdvice;
  imbalances: Imbalance[];
}

const CLAIM_PAYMENT_STATUSES: readonly ClaimPaymentStatus[] = ['1', '2', '3', '4', '19', '20', '21', '22', '23', '25'];

const problemAt = ({ segmentId, position, element, message }: EnvelopeProblem | SegmentProblem): FieldProblem => ({
  field: element ? `segment ${position}, ${element}` : `segment ${position}`,
  message: `${segmentId}: ${message}`,
});

const unreadable = (problems: FieldProblem[]) =>
  new UnprocessableError('the file is not an 835 that can be posted: nothing was stored', problems);

/** The reader keeps CLP02 as sent; a status the 835 does not define would be posted as a guess. */
const unknownStatuses = (set: TransactionSet): SegmentProblem[] =>
  set.segments
    .filter((segment) => segment.id === 'CLP')
    .filter((clp) => !CLAIM_PAYMENT_STATUSES.includes((clp.elements[2] ?? '') as ClaimPaymentStatus))
    .map((clp) => ({
      segmentId: 'CLP',
      position: clp.position,
      element: 'CLP02',
      message: `"${clp.elements[2] ?? ''}" is not a claim status code`,
    }));

const PLB_REASON = /^[A-Z0-9]{2}$/;
const PLB_REASON_ELEMENTS = [3, 5, 7, 9, 11, 13];

/** PLB03-1 and its like are two-character codes; anything else cannot be posted to the clinic's account. */
const unknownProviderAdjustments = (set: TransactionSet, delimiters: Delimiters): SegmentProblem[] =>
  set.segments
    .filter((segment) => segment.id === 'PLB')
    .flatMap((plb) =>
      PLB_REASON_ELEMENTS.filter((n) => elementOf(plb, n) !== '')
        .filter((n) => !PLB_REASON.test(componentOf(plb, n, 1, delimiters)))
        .map((n) => ({
          segmentId: 'PLB',
          position: plb.position,
          element: `PLB${String(n).padStart(2, '0')}`,
          message: `"${componentOf(plb, n, 1, delimiters)}" is not a provider adjustment reason code`,
        })),
    );

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The reader keeps a BPR16 it cannot read as sent; the payment's date is needed to post it. */
const unreadablePaymentDate = (set: TransactionSet, remittance: RemittanceAdvice): SegmentProblem[] => {
  const bpr = set.segments.find((segment) => segment.id === 'BPR');
  return bpr && !CALENDAR_DATE.test(remittance.paymentDate)
    ? [{ segmentId: 'BPR', position: bpr.position, element: 'BPR16', message: 'the payment date is not a real date' }]
    : [];
};

const everySet = (document: X12Document): TransactionSet[] => {
  if (document.problems.length > 0) throw unreadable(document.problems.map(problemAt));
  const sets = document.interchanges.flatMap((interchange) =>
    interchange.groups.flatMap((group) => group.transactionSets),
  );
  if (sets.length === 0) throw unreadable([{ field: 'segment 1', message: 'the file holds no transaction set' }]);
  const other = sets.find((set) => set.type !== '835');
  if (other)
    throw unreadable([
      { field: `segment ${other.header.position}, ST01`, message: `ST: a ${other.type} is not an 835 remittance` },
    ]);
  return sets;
};

/**
 * Reads every 835 transaction set of a file, or refuses the file whole (422, each problem at its segment and
 * element). A set that reads but does not balance is returned with its imbalances: it is held, not refused.
 */
export const readRemittanceFile = (content: string): ReadRemittance[] => {
  const document = readX12(content);
  const sets = everySet(document);
  const readings = sets.map((set) => ({ set, reading: readRemittanceAdvice(set, document.delimiters) }));
  const problems = readings.flatMap(({ set, reading }) => [
    ...reading.problems,
    ...unknownStatuses(set),
    ...unreadablePaymentDate(set, reading.remittance),
    ...unknownProviderAdjustments(set, document.delimiters),
  ]);
  if (problems.length > 0) throw unreadable(problems.map(problemAt));
  return readings.map(({ reading }) => ({ remittance: reading.remittance, imbalances: reading.imbalances }));
};
