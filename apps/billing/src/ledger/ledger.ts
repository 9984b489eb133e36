import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LedgerEntry } from './ledger-entry.entity';
import { money } from '@praxis/domain';
import { assertBalanced, Posting, postings } from './ledger-postings';

/** Whose money it is and what caused it, for every line of a posting. */
export interface PostingContext {
  tenantId: string;
  patientId: string;
  visitId?: string;
  chargeId?: string;
  postedAt: Date;
  postedBy: string | null;
}

/** The one way billing records a financial effect: a balanced posting, appended in the caller's transaction. */
@Injectable()
export class Ledger {
  async post(manager: EntityManager, posting: Posting, context: PostingContext): Promise<void> {
    assertBalanced(posting);
    const postingId = randomUUID();
    await manager.insert(
      LedgerEntry,
      posting.lines.map(({ account, amount }) => ({
        tenantId: context.tenantId,
        postingId,
        kind: posting.kind,
        account,
        amountMinor: amount.amountMinor,
        currency: amount.currency,
        patientId: context.patientId,
        visitId: context.visitId ?? null,
        chargeId: context.chargeId ?? null,
        postedAt: context.postedAt,
        postedBy: context.postedBy,
      })),
    );
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
}
