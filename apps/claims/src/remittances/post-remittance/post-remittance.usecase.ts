import { Injectable } from '@nestjs/common';
import { RemittanceProviderAdjusted } from '@praxis/contracts';
import { EventAppender, OutboxWriter } from '@praxis/messaging';
import { insertRows } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { findClaimFor } from '../claim-matching';
import { ClaimLifecycle } from '../../claims/claim-lifecycle';
import { DecidedClaim, RecordAdjudication } from '../../adjudications/record-adjudication/record-adjudication.usecase';
import { ClaimPaymentPosting, FilePosting, PostingChange, REVERSAL } from '../claim-payment-posting';
import { ClaimPaymentRecord } from '../claim-payment.entity';
import { RemittanceFileView } from '../dto/remittance.dto';
import { LockedClaims } from '../locked-claims';
import { ReadRemittance, readRemittanceFile } from '../remittance-file-reading';
import { RemittanceFile } from '../remittance-file.entity';
import { claimPaymentRowOf, paymentKeyOf, RemittanceReceipt, remittanceRowOf } from '../remittance-records';
import { transactionViewOf } from '../remittance-views';
import { Remittance } from '../remittance.entity';
import { PostRemittanceCommand } from './post-remittance.command';

/** One advisory lock per payment key, taken in one order, so two files carrying the same payment post it once. */
const lockPayments = async (manager: EntityManager, tenantId: string, readings: readonly ReadRemittance[]) => {
  const keys = readings.map(({ remittance }) => JSON.stringify([tenantId, paymentKeyOf(remittance)]));
  for (const key of [...new Set(keys)].sort())
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`remittance:${key}`]);
};

/** The patient control numbers of the payments the file can post: a quarantined payment holds its claims unposted. */
const postableControlNumbers = (readings: readonly ReadRemittance[]) =>
  readings
    .filter(({ imbalances }) => imbalances.length === 0)
    .flatMap(({ remittance }) => remittance.claims.map(({ patientControlNumber }) => patientControlNumber));

/**
 * Takes an 835 file, uploaded or collected from the clearinghouse, and posts each of its payments (one per
 * transaction set) exactly once, all in one transaction: a payment received before (same trace number, payer
 * identifier and payer) answers what it did then and changes nothing; one that does not balance is quarantined
 * with its imbalances and posts nothing; each claim payment of a balanced one is matched to its claim and posted
 * (claim.adjudicated, or claim.adjudication-reversed for a reversal), or left on the unmatched worklist. An
 * unreadable file is refused whole (422) before anything is written.
 */
@Injectable()
export class PostRemittance {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly posting: ClaimPaymentPosting,
    private readonly outbox: OutboxWriter,
    private readonly lifecycle: ClaimLifecycle,
    private readonly recordAdjudication: RecordAdjudication,
  ) {}

  execute(command: PostRemittanceCommand): Promise<RemittanceFileView> {
    const readings = readRemittanceFile(command.content);
    return this.transactions.run(async (manager) => {
      await lockPayments(manager, command.tenantId, readings);
      const events = this.outbox.batch();
      const moves = this.lifecycle.batch();
      const decisions: DecidedClaim[] = [];
      const posting: FilePosting = {
        locked: await LockedClaims.lock(manager, this.lifecycle, postableControlNumbers(readings)),
        events,
        moves,
        decisions,
      };
      const file = await manager.save(
        manager.create(RemittanceFile, {
          tenantId: command.tenantId,
          content: command.content,
          receivedAt: command.now,
        }),
      );
      const receipt: RemittanceReceipt = {
        tenantId: command.tenantId,
        source: command.source,
        fileId: file.id,
        receivedBy: command.actorUserId,
        receivedAt: command.now,
      };
      const transactions = [];
      for (const reading of readings)
        transactions.push(await this.receive(manager, reading, receipt, command, posting));
      await moves.flush(manager);
      await this.recordAdjudication.recordAll(manager, decisions, command.now);
      await events.flush(manager);
      return { transactions };
    });
  }

  private async receive(
    manager: EntityManager,
    reading: ReadRemittance,
    receipt: RemittanceReceipt,
    command: PostRemittanceCommand,
    posting: FilePosting,
  ) {
    const earlier = await manager.findOneBy(Remittance, paymentKeyOf(reading.remittance));
    if (earlier) {
      const payments = await manager.findBy(ClaimPaymentRecord, { remittanceId: earlier.id });
      return transactionViewOf(earlier, payments, { duplicate: true, stored: true });
    }
    const remittance = await manager.save(manager.create(Remittance, { ...receipt, ...remittanceRowOf(reading) }));
    const change: PostingChange = {
      actorUserId: command.actorUserId,
      now: command.now,
      details: { remittanceId: remittance.id, traceNumber: remittance.traceNumber, source: command.source },
    };
    const payments: ClaimPaymentRecord[] = [];
    const unsaved: ClaimPaymentRecord[] = [];
    for (const [position, claim] of reading.remittance.claims.entries()) {
      const row = claimPaymentRowOf(claim, position, remittance);
      // A reversal looks for the decision it takes back among the stored payments, this file's earlier ones too.
      if (row.statusCode === REVERSAL) await insertRows(manager, ClaimPaymentRecord, unsaved.splice(0));
      const payment = manager.create(ClaimPaymentRecord, {
        ...row,
        tenantId: remittance.tenantId,
        remittanceId: remittance.id,
      });
      const matched = await this.match(manager, payment, change, posting);
      payments.push(matched);
      unsaved.push(matched);
    }
    await insertRows(manager, ClaimPaymentRecord, unsaved);
    if (remittance.status === 'posted') await this.announceProviderAdjustments(manager, remittance, posting.events);
    return transactionViewOf(remittance, payments, { duplicate: false, stored: true });
  }

  /** PLB money is the clinic's own, never a patient's: billing posts it to the clinic's account. */
  private async announceProviderAdjustments(manager: EntityManager, remittance: Remittance, events: EventAppender) {
    if (remittance.providerAdjustments.length === 0) return;
    const { id: remittanceId, payerName, traceNumber, paymentDate, currency } = remittance;
    await events.append(manager, RemittanceProviderAdjusted, {
      aggregateId: remittanceId,
      payload: {
        ...{ remittanceId, payerName, traceNumber, paymentDate, currency },
        adjustments: remittance.providerAdjustments.map(({ reason, reference, amountMinor }) => ({
          reason,
          reference,
          amountMinor,
        })),
      },
    });
  }

  private async match(
    manager: EntityManager,
    payment: ClaimPaymentRecord,
    change: PostingChange,
    posting: FilePosting,
  ) {
    const found = await findClaimFor(manager, payment, posting.locked);
    if ('reason' in found) return Object.assign(payment, { unmatchedReason: found.reason });
    if (payment.posting === 'held') return Object.assign(payment, { matchedClaimId: found.claim.id });
    return this.posting.post(manager, payment, found.claim.id, change, posting);
  }
}
