import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { LedgerEntry } from './ledger-entry.entity';
import { money } from '@praxis/domain';
import { insertRows } from '@praxis/platform';
import { assertBalanced, Posting, postings } from './ledger-postings';

/** Whose money it is and what caused it, for every line of a posting. */
export interface PostingContext {
  tenantId: string;
  /** Null for the clinic's own money, which is no patient's. */
  patientId: string | null;
  visitId?: string;
  chargeId?: string;
  paymentId?: string;
  postedAt: Date;
  postedBy: string | null;
  /** The payer's decision the posting carries out. */
  adjudicationId?: string;
}

export type ReversalContext = Pick<PostingContext, 'tenantId' | 'postedAt' | 'postedBy'>;

/** The one way billing records a financial effect: a balanced posting, appended in the caller's transaction. */
@Injectable()
export class Ledger {
  async post(manager: EntityManager, posting: Posting, context: PostingContext): Promise<void> {
    await this.postAll(manager, [{ posting, context }]);
  }

  /** Several postings in one statement, in their order: a payer's decision writes a handful at once. */
  async postAll(manager: EntityManager, all: readonly { posting: Posting; context: PostingContext }[]): Promise<void> {
    const entries = all.flatMap(({ posting, context }) => {
      assertBalanced(posting);
      const postingId = randomUUID();
      return posting.lines.map(({ account, amount }) => ({
        tenantId: context.tenantId,
        postingId,
        kind: posting.kind,
        account,
        amountMinor: amount.amountMinor,
        currency: amount.currency,
        patientId: context.patientId,
        visitId: context.visitId ?? null,
        chargeId: context.chargeId ?? null,
        paymentId: context.paymentId ?? null,
        postedAt: context.postedAt,
        postedBy: context.postedBy,
        adjudicationId: context.adjudicationId ?? null,
      }));
    });
    await insertRows(manager, LedgerEntry, entries);
  }

  /** Takes back what a charge posted, line for line from the ledger itself, so the reversal is exact. */
  async reverseCharge(manager: EntityManager, chargeId: string, context: PostingContext): Promise<void> {
    const entries = await manager.find(LedgerEntry, { where: { chargeId, kind: 'charge' }, order: { account: 'ASC' } });
    const posted: Posting = {
      kind: 'charge',
      lines: entries.map(({ account, amountMinor, currency }) => ({ account, amount: money(amountMinor, currency) })),
    };
    await this.post(manager, postings.reversal(posted), { ...context, chargeId });
  }

  /**
   * Takes back every posting a payer's decision wrote, each by its mirror on the same patient, visit and charge, read
   * from the ledger itself so the reversal is exact; the mirrors carry the decision too.
   */
  async reverseAdjudication(manager: EntityManager, adjudicationId: string, context: ReversalContext): Promise<void> {
    const entries = await manager.find(LedgerEntry, {
      where: { adjudicationId, kind: Not('reversal') },
      order: { postedAt: 'ASC', postingId: 'ASC', account: 'ASC' },
    });
    const byPosting = new Map<string, LedgerEntry[]>();
    for (const entry of entries) byPosting.set(entry.postingId, [...(byPosting.get(entry.postingId) ?? []), entry]);
    const reversals = [...byPosting.values()].map((lines) => {
      const [{ kind, patientId, visitId, chargeId }] = lines;
      const posted: Posting = {
        kind,
        lines: lines.map(({ account, amountMinor, currency }) => ({ account, amount: money(amountMinor, currency) })),
      };
      return {
        posting: postings.reversal(posted),
        context: {
          ...context,
          patientId,
          visitId: visitId ?? undefined,
          chargeId: chargeId ?? undefined,
          adjudicationId,
        },
      };
    });
    await this.postAll(manager, reversals);
  }
}
