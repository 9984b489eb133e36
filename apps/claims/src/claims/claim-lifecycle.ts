import { Injectable } from '@nestjs/common';
import { ClaimAccepted, ClaimRejected, ClaimSubmitted, ClaimSubmittedV2 } from '@praxis/contracts';
import { OutboxWriter } from '@praxis/messaging';
import { insertRows, NotFoundError } from '@praxis/platform';
import { EntityManager, In } from 'typeorm';
import { ClaimHistoryEntry } from './claim-history.entity';
import { ClaimLine } from './claim-line.entity';
import { canMove, ClaimStatus, ClaimTransitionRefusedError } from './claim-status';
import { Claim } from './claim.entity';

const historyEntryOf = (manager: EntityManager, claim: Claim, change: ClaimChange, from: ClaimStatus | null) =>
  manager.create(ClaimHistoryEntry, {
    tenantId: claim.tenantId,
    claimId: claim.id,
    action: change.action,
    fromStatus: from,
    toStatus: claim.status,
    actorUserId: change.actorUserId,
    details: change.details ?? null,
    occurredAt: change.now,
  });

/** The claim moved in memory, checked against the lifecycle, with the history line that tells it. */
const movedEntry = (manager: EntityManager, claim: Claim, to: ClaimStatus, change: ClaimChange) => {
  if (!canMove(claim.status, to)) throw new ClaimTransitionRefusedError(claim.status, to);
  const from = claim.status;
  claim.status = to;
  return historyEntryOf(manager, claim, change, from);
};

/**
 * Moves checked and applied to the claims at once, written together by `flush`: one update of the claims to their
 * last status, one insert of the history lines in the order they happened.
 */
export class ClaimMoves {
  private readonly entries: ClaimHistoryEntry[] = [];
  private readonly moved = new Map<string, Claim>();

  move(manager: EntityManager, claim: Claim, to: ClaimStatus, change: ClaimChange): Claim {
    this.entries.push(movedEntry(manager, claim, to, change));
    this.moved.set(claim.id, claim);
    return claim;
  }

  async flush(manager: EntityManager): Promise<void> {
    const claims = [...this.moved.values()];
    if (claims.length === 0) return;
    await manager.query(
      `UPDATE claims SET status = moved.status, updated_at = CURRENT_TIMESTAMP
       FROM unnest($1::uuid[], $2::text[]) AS moved(id, status) WHERE claims.id = moved.id`,
      [claims.map(({ id }) => id), claims.map(({ status }) => status)],
    );
    await insertRows(manager, ClaimHistoryEntry, this.entries.splice(0));
    this.moved.clear();
  }
}

/** Who changes a claim, when, and in what words the history tells it. */
export interface ClaimChange {
  actorUserId: string | null;
  now: Date;
  action: string;
  details?: Record<string, unknown>;
}

export interface RejectionReason {
  /** The 999 IK3/IK4 or 277CA STC code, when the sender gave one. */
  code: string | null;
  message: string;
}

/**
 * The one way a claim changes status: the move is checked against the lifecycle (anything else is 409), written to
 * the claim's history and, for submission and the payer's answers, announced on claims.claims, all in the caller's
 * transaction. The submission and acknowledgement paths call `submit`, `acknowledge`, `accept` and `reject`.
 */
@Injectable()
export class ClaimLifecycle {
  constructor(private readonly outbox: OutboxWriter) {}

  /** The claim, locked for the rest of the transaction so its changes apply one after another. */
  async lock(manager: EntityManager, claimId: string): Promise<Claim> {
    const claim = await manager.findOne(Claim, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
    if (!claim) throw new NotFoundError('claim', claimId);
    return claim;
  }

  /**
   * The claims with these patient control numbers, locked together in the order of their ids, so two transactions
   * locking overlapping sets wait for each other rather than deadlock.
   */
  lockByControlNumbers(manager: EntityManager, patientControlNumbers: readonly string[]): Promise<Claim[]> {
    if (patientControlNumbers.length === 0) return Promise.resolve([]);
    return manager.find(Claim, {
      where: { patientControlNumber: In([...new Set(patientControlNumbers)]) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async move(manager: EntityManager, claim: Claim, to: ClaimStatus, change: ClaimChange): Promise<Claim> {
    const entry = movedEntry(manager, claim, to, change);
    await manager.update(Claim, { id: claim.id }, { status: to });
    await manager.save(entry);
    return claim;
  }

  /** The batch form of `move`, for a hot path that moves many claims in one transaction. */
  batch(): ClaimMoves {
    return new ClaimMoves();
  }

  /** A history line for a change that keeps the status (a charge joining, the clerk's edit). */
  async record(manager: EntityManager, claim: Claim, change: ClaimChange, from: ClaimStatus | null = claim.status) {
    await manager.save(historyEntryOf(manager, claim, change, from));
  }

  async submit(manager: EntityManager, claimId: string, change: ClaimChange): Promise<Claim> {
    const claim = await this.move(manager, await this.lock(manager, claimId), 'submitted', change);
    const lines = await manager.find(ClaimLine, { where: { claimId }, order: { createdAt: 'ASC' } });
    const payload = {
      ...this.named(claim),
      responsibility: claim.responsibility,
      dateOfService: claim.dateOfService,
      chargeIds: lines.map(({ chargeId }) => chargeId),
      totalChargeMinor: lines.reduce((total, { amountMinor }) => total + amountMinor, 0),
      currency: claim.currency,
    };
    const { responsibility } = payload;
    // v1 knows two ranks: its consumers hear of a claim to the tertiary payer from v2 only.
    if (responsibility !== 'tertiary')
      await this.outbox.append(manager, ClaimSubmitted, {
        aggregateId: claimId,
        payload: { ...payload, responsibility },
      });
    await this.outbox.append(manager, ClaimSubmittedV2, { aggregateId: claimId, payload });
    return claim;
  }

  async acknowledge(manager: EntityManager, claimId: string, change: ClaimChange): Promise<Claim> {
    return this.move(manager, await this.lock(manager, claimId), 'acknowledged', change);
  }

  async accept(
    manager: EntityManager,
    claimId: string,
    payerClaimControlNumber: string | null,
    change: ClaimChange,
  ): Promise<Claim> {
    const claim = await this.move(manager, await this.lock(manager, claimId), 'accepted', {
      ...change,
      details: { ...change.details, payerClaimControlNumber },
    });
    await manager.update(Claim, { id: claimId }, { payerClaimControlNumber });
    claim.payerClaimControlNumber = payerClaimControlNumber;
    await this.outbox.append(manager, ClaimAccepted, {
      aggregateId: claimId,
      payload: { ...this.named(claim), payerClaimControlNumber },
    });
    return claim;
  }

  async reject(
    manager: EntityManager,
    claimId: string,
    reasons: readonly RejectionReason[],
    change: ClaimChange,
  ): Promise<Claim> {
    const claim = await this.move(manager, await this.lock(manager, claimId), 'rejected', {
      ...change,
      details: { ...change.details, reasons },
    });
    await this.outbox.append(manager, ClaimRejected, {
      aggregateId: claimId,
      payload: { ...this.named(claim), reasons: [...reasons] },
    });
    return claim;
  }

  private named(claim: Claim) {
    const { id: claimId, visitId, patientId, patientControlNumber, payerId } = claim;
    return { claimId, visitId, patientId, patientControlNumber, payerId };
  }
}
