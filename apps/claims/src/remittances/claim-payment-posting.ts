import { Injectable } from '@nestjs/common';
import { ClaimAdjudicated, ClaimAdjudicationReversed, InvalidEventError } from '@praxis/contracts';
import { EventAppender, OutboxRow, OutboxWriter } from '@praxis/messaging';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { ClaimChange, ClaimLifecycle, ClaimMoves } from '../claims/claim-lifecycle';
import { ClaimLine } from '../claims/claim-line.entity';
import { ClaimStatus } from '../claims/claim-status';
import { Claim } from '../claims/claim.entity';
import { Adjudication, adjudicationOf, UncheckedAdjudication } from './claim-adjudication';
import { ClaimPaymentRecord } from './claim-payment.entity';
import { matchLines } from './line-matching';
import { LockedClaims } from './locked-claims';
import { laterPayerOf } from '../coordination-of-benefits/later-payer';
import { DecidedClaim, RecordAdjudication } from '../adjudications/record-adjudication/record-adjudication.usecase';

/** CLP02 22: the payer takes back what it decided on the claim; the correction follows as a new claim payment. */
export const REVERSAL = '22';

const DECIDED: readonly ClaimStatus[] = ['paid', 'partially_paid', 'denied'];

const DECIDED_BY: Readonly<Record<string, string>> = {
  paid: 'paid by the payer',
  partially_paid: 'partly paid by the payer',
  denied: 'denied by the payer',
};

/** Who posts, when, and which remittance: the history names the move itself. */
export type PostingChange = Omit<ClaimChange, 'action'>;

/**
 * What a whole file's posting shares: its claims locked up front, their moves, decisions and events written together
 * once the file is read (`decisions` is then recorded after the moves are flushed).
 */
export interface FilePosting {
  locked: LockedClaims;
  events: EventAppender;
  moves: ClaimMoves | null;
  decisions: DecidedClaim[] | null;
}

type Outcome = Pick<ClaimPaymentRecord, 'posting' | 'adjudicationId' | 'unmatchedReason' | 'lines'>;

const unmatched = (payment: ClaimPaymentRecord, unmatchedReason: string): Outcome => ({
  posting: 'unmatched',
  adjudicationId: null,
  unmatchedReason,
  lines: payment.lines,
});

/**
 * Posts one claim payment to the claim it answers, in the caller's transaction: the claim moves through the one
 * lifecycle and the decision is announced through the outbox, so billing applies it exactly once. What cannot be
 * posted without guessing (a line that answers no claim line, a claim already decided, nothing to reverse) stays
 * unmatched with the reason, for a clerk.
 */
@Injectable()
export class ClaimPaymentPosting {
  constructor(
    private readonly lifecycle: ClaimLifecycle,
    private readonly outbox: OutboxWriter,
    private readonly recordAdjudication: RecordAdjudication,
  ) {}

  async post(
    manager: EntityManager,
    payment: ClaimPaymentRecord,
    claimId: string,
    change: PostingChange,
    file: FilePosting = { locked: LockedClaims.none, events: this.outbox, moves: null, decisions: null },
  ) {
    const locked = file.locked.claim(claimId);
    // A claim read afresh must read what this file's earlier payments did to it.
    if (!locked) await file.moves?.flush(manager);
    const claim = locked ?? (await this.lifecycle.lock(manager, claimId));
    const outcome =
      payment.statusCode === REVERSAL
        ? await this.reverse(manager, payment, claim, change, file)
        : await this.adjudicate(manager, payment, claim, change, file);
    Object.assign(payment, outcome, { matchedClaimId: claim.id });
    return payment;
  }

  private async adjudicate(
    manager: EntityManager,
    payment: ClaimPaymentRecord,
    claim: Claim,
    change: PostingChange,
    file: FilePosting,
  ) {
    const { locked, events } = file;
    if (DECIDED.includes(claim.status))
      return unmatched(
        payment,
        `claim ${claim.patientControlNumber} is already ${claim.status.replace('_', ' ')}: a new decision follows the payer's reversal`,
      );
    const claimLines =
      locked.linesOf(claim.id) ??
      (await manager.find(ClaimLine, { where: { claimId: claim.id }, order: { createdAt: 'ASC' } }));
    const lineMatch = matchLines(payment.lines, claimLines);
    if ('reason' in lineMatch) return unmatched(payment, lineMatch.reason);
    const lines = payment.lines.map((line, index) => ({ ...line, matchedLineId: lineMatch.lines[index].id }));
    const known = locked.laterPayerOf(claim.id);
    const laterPayer = known === undefined ? await laterPayerOf(manager, claim) : known;
    const announced = this.announcement(
      claim,
      adjudicationOf(claim, { ...payment, lines }, claimLines, {
        adjudicationId: randomUUID(),
        patientShareHeldForPayerId: laterPayer?.payerId ?? null,
      }),
    );
    if ('reason' in announced) return unmatched(payment, announced.reason);
    const adjudication = announced.row.envelope.payload as Adjudication;
    await this.bringToAccepted(manager, claim, payment, change);
    const status = adjudication.claimStatus;
    await this.move(manager, file, claim, status, {
      ...change,
      action: DECIDED_BY[status],
      details: { ...change.details, adjudicationId: adjudication.adjudicationId, paidMinor: payment.paidMinor },
    });
    await events.write(manager, announced.row);
    const decided = { claim, adjudication, laterPayer };
    if (file.decisions) file.decisions.push(decided);
    else await this.recordAdjudication.recordAll(manager, [decided], change.now);
    return {
      posting: 'adjudicated' as const,
      adjudicationId: adjudication.adjudicationId,
      unmatchedReason: null,
      lines,
    };
  }

  /** The claim.adjudicated event for the decision, or why the contract refuses it (it does not fit the claim). */
  private announcement(claim: Claim, adjudication: UncheckedAdjudication): { row: OutboxRow } | { reason: string } {
    try {
      return {
        row: this.outbox.rowFor(ClaimAdjudicated, { aggregateId: claim.id, payload: adjudication as Adjudication }),
      };
    } catch (error) {
      if (!(error instanceof InvalidEventError)) throw error;
      return { reason: `the decision cannot be posted as sent: ${error.problem}` };
    }
  }

  private async move(manager: EntityManager, file: FilePosting, claim: Claim, to: ClaimStatus, change: ClaimChange) {
    if (file.moves) file.moves.move(manager, claim, to, change);
    else await this.lifecycle.move(manager, claim, to, change);
  }

  /** An 835 is the payer's answer too: a claim whose 999 or 277CA has not been applied yet is taken as accepted. */
  private async bringToAccepted(
    manager: EntityManager,
    claim: Claim,
    payment: ClaimPaymentRecord,
    change: PostingChange,
  ) {
    if (claim.status === 'submitted')
      await this.lifecycle.move(manager, claim, 'acknowledged', {
        ...change,
        action: "acknowledged by the payer's remittance",
      });
    if (claim.status === 'acknowledged')
      Object.assign(
        claim,
        await this.lifecycle.accept(manager, claim.id, payment.payerClaimControlNumber || null, {
          ...change,
          action: "accepted by the payer's remittance",
        }),
      );
  }

  private async reverse(
    manager: EntityManager,
    payment: ClaimPaymentRecord,
    claim: Claim,
    change: PostingChange,
    file: FilePosting,
  ) {
    const original = await manager.findOne(ClaimPaymentRecord, {
      where: { matchedClaimId: claim.id, posting: 'adjudicated', reversedBy: IsNull() },
      order: { createdAt: 'DESC', position: 'DESC' },
    });
    if (!original?.adjudicationId)
      return unmatched(payment, `nothing posted for claim ${claim.patientControlNumber} is left to reverse`);
    if (original.paidMinor !== -payment.paidMinor)
      return unmatched(
        payment,
        `the reversal takes back ${-payment.paidMinor} but ${original.paidMinor} was posted (minor units)`,
      );
    await manager.update(ClaimPaymentRecord, { id: original.id }, { reversedBy: payment.id });
    await this.move(manager, file, claim, 'accepted', {
      ...change,
      action: 'decision reversed by the payer',
      details: { ...change.details, adjudicationId: original.adjudicationId },
    });
    const { id: claimId, visitId, patientId } = claim;
    await file.events.append(manager, ClaimAdjudicationReversed, {
      aggregateId: claimId,
      payload: { reversalId: payment.id, adjudicationId: original.adjudicationId, claimId, visitId, patientId },
    });
    return {
      posting: 'reversal' as const,
      adjudicationId: original.adjudicationId,
      unmatchedReason: null,
      lines: payment.lines,
    };
  }
}
