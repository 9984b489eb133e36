import { Injectable } from '@nestjs/common';
import { Clock, UnprocessableError } from '@praxis/platform';
import {
  elementOf,
  EnvelopeProblem,
  FileEnvelope,
  FunctionalGroup,
  Interchange,
  readX12,
  writeClaimAcknowledgement,
  writeFunctionalAcknowledgement,
  writeRemittanceAdvice,
  X12Document,
} from '@praxis/x12';
import { ReplyKind } from '../mailbox/mailbox';
import { Mailbox } from '../mailbox/mailbox';
import { SandboxRulebook } from '../rules/sandbox-rules';
import { inspectTransactionSet } from './inspection/transaction-set-inspection';
import { claimAcknowledgementNotice } from './replies/claim-acknowledgement';
import { groupAcknowledgement, GroupVerdict } from './replies/functional-acknowledgement';
import { replyEnvelope, SANDBOX_ID } from './replies/reply-envelope';
import { decideClaims, ProviderDecision } from './payer-edits';
import { remittancesFor } from './payer-remittances';
import { claimsByBillingProvider } from './submitted-claims';

export interface SubmissionReceipt {
  interchangeControlNumber: string;
  transactionSets: { controlNumber: string; accepted: boolean }[];
}

const INTERCHANGE_SEGMENTS = new Set(['ISA', 'IEA']);

const asProblem = (problem: EnvelopeProblem) => ({
  field: problem.element ?? problem.segmentId,
  message: `segment ${problem.position} (${problem.segmentId}): ${problem.message}`,
});

/** A file whose interchange envelope is broken is refused at once, as a real clearinghouse answers with a TA1. */
const singleInterchange = (document: X12Document): Interchange => {
  const problems = document.problems.filter((problem) => INTERCHANGE_SEGMENTS.has(problem.segmentId));
  const [interchange, ...more] = document.interchanges;
  if (problems.length > 0 || !interchange || more.length > 0 || interchange.groups.length === 0)
    throw new UnprocessableError(
      'the file is not one readable X12 interchange',
      problems.length > 0
        ? problems.map(asProblem)
        : [{ field: 'ISA', message: 'send exactly one interchange holding at least one functional group' }],
    );
  return interchange;
};

/**
 * Takes an 837P file as a clearinghouse would: a 999 per group, then a 277CA for the claims it let through and an 835
 * paying those the payers accepted, each in the mailbox after the reply delay.
 */
@Injectable()
export class ReceiveSubmission {
  private lastControlNumber = 0;
  private lastTraceNumber = 0;

  constructor(
    private readonly rulebook: SandboxRulebook,
    private readonly mailbox: Mailbox,
    private readonly clock: Clock,
  ) {}

  execute(x12: string): SubmissionReceipt {
    const document = readX12(x12);
    const interchange = singleInterchange(document);
    const groups = interchange.groups.map((group) => this.inspectGroup(group, document));
    for (const verdict of groups)
      this.reply(interchange, '999', (envelope) =>
        writeFunctionalAcknowledgement([groupAcknowledgement(verdict)], envelope),
      );
    this.acknowledgeClaims(interchange, groups, document.delimiters?.component ?? ':');
    return {
      interchangeControlNumber: interchange.controlNumber,
      transactionSets: groups.flatMap((group) =>
        group.transactionSets.map(({ transactionSet, accepted }) => ({
          controlNumber: transactionSet.controlNumber,
          accepted: accepted && group.envelopeElements.length === 0,
        })),
      ),
    };
  }

  private inspectGroup(group: FunctionalGroup, document: X12Document): GroupVerdict {
    const rules = {
      component: document.delimiters?.component ?? ':',
      acceptsMemberId: (id: string) => this.rulebook.acceptsMemberId(id),
    };
    const envelopeElements = document.problems
      .filter((problem) => problem.position === group.trailer?.position || problem.position === group.header.position)
      .map((problem) => problem.element ?? 'GE');
    const transactionSets = group.transactionSets.map((set) => inspectTransactionSet(set, document.problems, rules));
    return { group, transactionSets, envelopeElements };
  }

  /**
   * One 277CA per transaction set the 999 accepted, naming the batch by the 837's BHT03 as payers do, then an 835
   * per billing provider and payer paying the claims it accepted, under the same payer claim numbers.
   */
  private acknowledgeClaims(interchange: Interchange, groups: readonly GroupVerdict[], component: string): void {
    const accepted = groups
      .filter((group) => group.envelopeElements.length === 0)
      .flatMap((group) => group.transactionSets.filter((verdict) => verdict.accepted));
    const today = this.clock.now().toISOString().slice(0, 10);
    for (const { transactionSet } of accepted) {
      const header = {
        source: { name: SANDBOX_ID, id: SANDBOX_ID },
        receiver: { name: interchange.senderId, id: interchange.senderId },
        batchReference: elementOf(transactionSet.segments[0], 3),
        receivedOn: today,
        processedOn: today,
      };
      const { rules } = this.rulebook;
      const decisions = decideClaims(claimsByBillingProvider(transactionSet, component), rules);
      const notice = claimAcknowledgementNotice(header, decisions);
      this.reply(interchange, '277CA', (envelope) => writeClaimAcknowledgement([notice], envelope));
      this.pay(interchange, decisions, today);
    }
  }

  /** The 835s after the remittance delay, then the reversals with their corrections after the correction delay. */
  private pay(interchange: Interchange, decisions: ProviderDecision[], paidOn: string): void {
    const { rules } = this.rulebook;
    const { remittances, corrections } = remittancesFor(decisions, rules, {
      paidOn,
      traceNumber: () => this.nextTrace(),
    });
    const paidAfterMs = rules.replyDelayMs + rules.remittanceDelayMs;
    const replies = [
      [remittances, paidAfterMs],
      [corrections, paidAfterMs + rules.correctionDelayMs],
    ] as const;
    for (const [advices, delayMs] of replies)
      if (advices.length > 0)
        this.reply(interchange, '835', (envelope) => writeRemittanceAdvice(advices, envelope), delayMs);
  }

  private nextTrace(): string {
    this.lastTraceNumber += 1;
    return `SBX${String(this.lastTraceNumber).padStart(9, '0')}`;
  }

  private reply(
    interchange: Interchange,
    kind: ReplyKind,
    write: (envelope: FileEnvelope) => string,
    delayMs = this.rulebook.rules.replyDelayMs,
  ): void {
    this.lastControlNumber += 1;
    const content = write(replyEnvelope(interchange, this.lastControlNumber, this.clock.now()));
    this.mailbox.deliver(interchange.senderId, kind, content, delayMs);
  }
}
