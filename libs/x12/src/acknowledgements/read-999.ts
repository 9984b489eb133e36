import { Delimiters } from '../core/delimiters';
import { TransactionSet } from '../core/envelope';
import { componentsOf, elementOf, Segment } from '../core/segment';
import { AcknowledgementProblem, problemAt } from './acknowledgement-problem';

/** IK3 (with its CTX and IK4): a segment of the acknowledged transaction set in error. */
export interface SegmentErrorReport {
  segmentId: string;
  /** IK302: the segment's position in its transaction set, ST being 1. */
  position: number;
  code: string;
  /** CTX*CLM01: the claim the segment belongs to, when the sender named it. */
  claim?: string;
  element?: { position: string; code: string; badValue?: string };
}

/** AK2..IK5: one transaction set. A (accepted), E (accepted with errors) or R (rejected). */
export interface TransactionSetReport {
  type: string;
  controlNumber: string;
  status: string;
  codes: string[];
  errors: SegmentErrorReport[];
}

/** AK1..AK9: one functional group. AK9 adds P (some sets accepted) to A, E and R. */
export interface GroupReport {
  functionalId: string;
  controlNumber: string;
  status: string;
  codes: string[];
  transactionSets: TransactionSetReport[];
}

export interface FunctionalAcknowledgement {
  groups: GroupReport[];
  problems: AcknowledgementProblem[];
}

const STATUSES = new Set(['A', 'E', 'R', 'P']);

const codesOf = (segment: Segment, from: number): string[] => segment.elements.slice(from).filter(Boolean);

class FunctionalAcknowledgementReader {
  readonly groups: GroupReport[] = [];
  readonly problems: AcknowledgementProblem[] = [];
  private group?: GroupReport;
  private set?: TransactionSetReport;
  private error?: SegmentErrorReport;

  constructor(private readonly delimiters: Delimiters) {}

  accept(segment: Segment): void {
    const handlers: Record<string, (segment: Segment) => void> = {
      AK1: (ak1) => this.openGroup(ak1),
      AK2: (ak2) => this.openSet(ak2),
      IK3: (ik3) => this.openError(ik3),
      CTX: (ctx) => this.context(ctx),
      IK4: (ik4) => this.elementError(ik4),
      IK5: (ik5) => this.closeSet(ik5),
      AK9: (ak9) => this.closeGroup(ak9),
    };
    handlers[segment.id]?.(segment);
  }

  private openGroup(ak1: Segment): void {
    this.group = {
      functionalId: elementOf(ak1, 1),
      controlNumber: elementOf(ak1, 2),
      status: '',
      codes: [],
      transactionSets: [],
    };
    this.groups.push(this.group);
  }

  private openSet(ak2: Segment): void {
    if (!this.group) return void this.problems.push(problemAt(ak2, 'AK2 before any AK1'));
    this.set = { type: elementOf(ak2, 1), controlNumber: elementOf(ak2, 2), status: '', codes: [], errors: [] };
    this.group.transactionSets.push(this.set);
  }

  private openError(ik3: Segment): void {
    if (!this.set) return void this.problems.push(problemAt(ik3, 'IK3 outside an AK2'));
    this.error = { segmentId: elementOf(ik3, 1), position: Number(elementOf(ik3, 2)), code: elementOf(ik3, 4) };
    this.set.errors.push(this.error);
  }

  private context(ctx: Segment): void {
    const [name, value] = componentsOf(ctx, 1, this.delimiters);
    if (this.error && name === 'CLM01' && value) this.error.claim = value;
  }

  private elementError(ik4: Segment): void {
    if (!this.error) return void this.problems.push(problemAt(ik4, 'IK4 without an IK3'));
    const badValue = elementOf(ik4, 4);
    this.error.element = { position: elementOf(ik4, 1), code: elementOf(ik4, 3), ...(badValue ? { badValue } : {}) };
  }

  private closeSet(ik5: Segment): void {
    if (!this.set) return void this.problems.push(problemAt(ik5, 'IK5 outside an AK2'));
    this.set.status = elementOf(ik5, 1);
    this.set.codes = codesOf(ik5, 2);
    if (!STATUSES.has(this.set.status))
      this.problems.push(problemAt(ik5, `IK501 "${this.set.status}" is not A, E or R`));
    this.set = undefined;
    this.error = undefined;
  }

  private closeGroup(ak9: Segment): void {
    if (!this.group) return void this.problems.push(problemAt(ak9, 'AK9 before any AK1'));
    if (this.set) this.problems.push(problemAt(ak9, `AK2 ${this.set.controlNumber} has no IK5`));
    this.group.status = elementOf(ak9, 1);
    this.group.codes = codesOf(ak9, 5);
    if (!STATUSES.has(this.group.status))
      this.problems.push(problemAt(ak9, `AK901 "${this.group.status}" is not A, E, P or R`));
    this.group = undefined;
  }

  finish(set: TransactionSet): FunctionalAcknowledgement {
    if (this.groups.length === 0) this.problems.push(problemAt(set.header, 'the 999 acknowledges no group (no AK1)'));
    if (this.group)
      this.problems.push(problemAt(set.trailer ?? set.header, `AK1 ${this.group.controlNumber} has no AK9`));
    return { groups: this.groups, problems: this.problems };
  }
}

/** Reads a 999 (005010X231A1): per group and per transaction set, accepted or rejected, with the errors named. */
export const readFunctionalAcknowledgement = (
  set: TransactionSet,
  delimiters: Delimiters,
): FunctionalAcknowledgement => {
  const reader = new FunctionalAcknowledgementReader(delimiters);
  for (const segment of set.segments) reader.accept(segment);
  return reader.finish(set);
};
