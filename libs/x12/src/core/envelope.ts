import { Delimiters } from './delimiters';
import { Segment } from './segment';

export interface TransactionSet {
  header: Segment;
  /** The SE, when the file has one. */
  trailer?: Segment;
  /** ST01, e.g. "837", "835", "999", "277". */
  type: string;
  controlNumber: string;
  /** ST03, or GS08 when ST03 is empty. */
  implementation: string;
  /** The segments between ST and SE. */
  segments: Segment[];
}

export interface FunctionalGroup {
  header: Segment;
  trailer?: Segment;
  /** GS01, e.g. "HC" (837), "HP" (835), "FA" (999), "HN" (277). */
  functionalId: string;
  controlNumber: string;
  version: string;
  transactionSets: TransactionSet[];
}

export interface Interchange {
  header: Segment;
  trailer?: Segment;
  senderId: string;
  receiverId: string;
  controlNumber: string;
  usage: string;
  groups: FunctionalGroup[];
}

export type EnvelopeProblemCode =
  | 'no-interchange-header'
  | 'interchange-header-width'
  | 'control-number-mismatch'
  | 'count-mismatch'
  | 'missing-trailer'
  | 'unexpected-segment';

export interface EnvelopeProblem {
  code: EnvelopeProblemCode;
  /** The segment where the problem shows, e.g. the IEA whose IEA02 differs from ISA13. */
  segmentId: string;
  position: number;
  /** The element at fault, e.g. "SE01". */
  element?: string;
  message: string;
}

/** What a file held, as far as it could be read, with every envelope problem found on the way. */
export interface X12Document {
  /** As the ISA named them; the usual ones when there was no ISA to read. */
  delimiters: Delimiters;
  interchanges: Interchange[];
  problems: EnvelopeProblem[];
}
