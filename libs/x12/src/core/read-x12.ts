import { defaultDelimiters, Delimiters, ISA_LENGTH, locateIsa } from './delimiters';
import { EnvelopeProblem, FunctionalGroup, Interchange, TransactionSet, X12Document } from './envelope';
import { elementOf, Segment, splitSegments } from './segment';

const BYTE_ORDER_MARK = /^\uFEFF/;

const asText = (input: string | Uint8Array): string =>
  typeof input === 'string' ? input : Buffer.from(input).toString('utf8');

/**
 * Reads any X12 file into interchanges, functional groups and transaction sets. It never throws: a file that is
 * not X12 yields no interchange, and every envelope fault (a control number or count that disagrees, a missing
 * trailer, a segment outside its envelope) is listed in `problems` with its segment position.
 */
export const readX12 = (input: string | Uint8Array): X12Document => {
  const text = asText(input).replace(BYTE_ORDER_MARK, '');
  const start = text.search(/\S/);
  const isa = start < 0 ? undefined : locateIsa(text, start);
  if (!isa) {
    const message = 'the file does not start with an ISA segment that names its delimiters';
    return {
      delimiters: defaultDelimiters,
      interchanges: [],
      problems: [{ code: 'no-interchange-header', segmentId: 'ISA', position: 1, message }],
    };
  }
  const reader = new EnvelopeReader(isa.delimiters);
  if (isa.length !== ISA_LENGTH) {
    const [header] = splitSegments(text.slice(isa.start, isa.start + isa.length), isa.delimiters);
    const message = `the ISA is ${isa.length} characters long; it must be ${ISA_LENGTH} including its terminator`;
    reader.report('interchange-header-width', header, undefined, message);
  }
  for (const segment of splitSegments(text.slice(start), isa.delimiters)) reader.accept(segment);
  return reader.finish();
};

class EnvelopeReader {
  private readonly interchanges: Interchange[] = [];
  private readonly problems: EnvelopeProblem[] = [];
  private interchange?: Interchange;
  private group?: FunctionalGroup;
  private transactionSet?: TransactionSet;

  constructor(private readonly delimiters: Delimiters) {}

  report(code: EnvelopeProblem['code'], segment: Segment, element: string | undefined, message: string): void {
    this.problems.push({ code, segmentId: segment.id, position: segment.position, element, message });
  }

  accept(segment: Segment): void {
    switch (segment.id) {
      case 'ISA':
        return this.openInterchange(segment);
      case 'GS':
        return this.openGroup(segment);
      case 'ST':
        return this.openTransactionSet(segment);
      case 'SE':
        return this.closeTransactionSet(segment);
      case 'GE':
        return this.closeGroup(segment);
      case 'IEA':
        return this.closeInterchange(segment);
      default:
        if (this.transactionSet) this.transactionSet.segments.push(segment);
        else this.report('unexpected-segment', segment, undefined, `${segment.id} stands outside any transaction set`);
    }
  }

  finish(): X12Document {
    this.leaveInterchange(undefined);
    return { delimiters: this.delimiters, interchanges: this.interchanges, problems: this.problems };
  }

  private openInterchange(header: Segment): void {
    this.leaveInterchange(header);
    this.interchange = {
      header,
      senderId: elementOf(header, 6).trim(),
      receiverId: elementOf(header, 8).trim(),
      controlNumber: elementOf(header, 13),
      usage: elementOf(header, 15),
      groups: [],
    };
    this.interchanges.push(this.interchange);
  }

  private openGroup(header: Segment): void {
    this.leaveGroup(header);
    if (!this.interchange)
      return this.report('unexpected-segment', header, undefined, 'GS stands outside an interchange');
    this.group = {
      header,
      functionalId: elementOf(header, 1),
      controlNumber: elementOf(header, 6),
      version: elementOf(header, 8),
      transactionSets: [],
    };
    this.interchange.groups.push(this.group);
  }

  private openTransactionSet(header: Segment): void {
    this.leaveTransactionSet(header);
    if (!this.group)
      return this.report('unexpected-segment', header, undefined, 'ST stands outside a functional group');
    this.transactionSet = {
      header,
      type: elementOf(header, 1),
      controlNumber: elementOf(header, 2),
      implementation: elementOf(header, 3) || this.group.version,
      segments: [],
    };
    this.group.transactionSets.push(this.transactionSet);
  }

  private closeTransactionSet(trailer: Segment): void {
    const transactionSet = this.transactionSet;
    if (!transactionSet) return this.report('unexpected-segment', trailer, undefined, 'SE without an open ST');
    transactionSet.trailer = trailer;
    this.checkCount(trailer, 'SE01', transactionSet.segments.length + 2, 'segments from ST to SE');
    this.checkControlNumber(trailer, 'SE02', transactionSet.controlNumber, 'ST02');
    this.transactionSet = undefined;
  }

  private closeGroup(trailer: Segment): void {
    this.leaveTransactionSet(trailer);
    const group = this.group;
    if (!group) return this.report('unexpected-segment', trailer, undefined, 'GE without an open GS');
    group.trailer = trailer;
    this.checkCount(trailer, 'GE01', group.transactionSets.length, 'transaction sets');
    this.checkControlNumber(trailer, 'GE02', group.controlNumber, 'GS06');
    this.group = undefined;
  }

  private closeInterchange(trailer: Segment): void {
    this.leaveGroup(trailer);
    const interchange = this.interchange;
    if (!interchange) return this.report('unexpected-segment', trailer, undefined, 'IEA without an open ISA');
    interchange.trailer = trailer;
    this.checkCount(trailer, 'IEA01', interchange.groups.length, 'functional groups');
    this.checkControlNumber(trailer, 'IEA02', interchange.controlNumber, 'ISA13');
    this.interchange = undefined;
  }

  private leaveTransactionSet(next: Segment | undefined): void {
    if (!this.transactionSet) return;
    this.reportMissingTrailer(this.transactionSet.header, 'SE', next);
    this.transactionSet = undefined;
  }

  private leaveGroup(next: Segment | undefined): void {
    this.leaveTransactionSet(next);
    if (!this.group) return;
    this.reportMissingTrailer(this.group.header, 'GE', next);
    this.group = undefined;
  }

  private leaveInterchange(next: Segment | undefined): void {
    this.leaveGroup(next);
    if (!this.interchange) return;
    this.reportMissingTrailer(this.interchange.header, 'IEA', next);
    this.interchange = undefined;
  }

  private reportMissingTrailer(header: Segment, trailerId: string, next: Segment | undefined): void {
    const where = next ? `before ${next.id} at segment ${next.position}` : 'at the end of the file';
    this.report(
      'missing-trailer',
      header,
      undefined,
      `the ${header.id} at segment ${header.position} has no ${trailerId} ${where}`,
    );
  }

  private checkCount(trailer: Segment, element: string, actual: number, what: string): void {
    const declared = elementOf(trailer, 1);
    if (Number(declared) !== actual || !/^\d+$/.test(declared))
      this.report(
        'count-mismatch',
        trailer,
        element,
        `${element} says ${declared || 'nothing'} but there are ${actual} ${what}`,
      );
  }

  private checkControlNumber(trailer: Segment, element: string, expected: string, headerElement: string): void {
    const actual = elementOf(trailer, 2);
    if (actual.trim() !== expected.trim())
      this.report(
        'control-number-mismatch',
        trailer,
        element,
        `${element} is ${actual || 'empty'} but ${headerElement} is ${expected}`,
      );
  }
}
