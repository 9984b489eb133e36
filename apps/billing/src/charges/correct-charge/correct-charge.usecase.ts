import { Injectable } from '@nestjs/common';
import { ChargeVoided } from '@praxis/contracts';
import { OutboxWriter } from '@praxis/messaging';
import { ConflictError, IdempotentRequests, NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { NoPriceOnDateError, priceOn } from '../../fee-schedules/fee-schedule-pricing';
import { Ledger } from '../../ledger/ledger';
import { BillingVisit } from '../billing-visit.entity';
import { Charge } from '../charge.entity';
import { ChargePosting, PricedVisit } from '../post-charge';
import { findVisit } from '../visits';
import { CorrectChargeCommand } from './correct-charge.command';

export class ChargeNotCorrectableError extends ConflictError {
  constructor() {
    super('only a posted charge of a released visit, not already voided, can be corrected');
  }
}

/**
 * A posted charge is never edited: the correction voids it, reversing exactly what it posted, and posts the line as
 * it should have been, both announced, in one transaction.
 */
@Injectable()
export class CorrectCharge {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly outbox: OutboxWriter,
    private readonly ledger: Ledger,
    private readonly charges: ChargePosting,
  ) {}

  execute({ idempotencyKey, ...command }: CorrectChargeCommand): Promise<BillingVisit> {
    return this.transactions.run(async (manager) => {
      const { visitId, chargeId, procedureCode, modifiers, units } = command;
      const request = { correct: chargeId, visitId, procedureCode, modifiers, units };
      const { result } = await this.idempotency.once(manager, idempotencyKey, request, () =>
        this.correct(manager, command),
      );
      return result;
    });
  }

  private async correct(manager: EntityManager, command: Omit<CorrectChargeCommand, 'idempotencyKey'>) {
    const visit = await findVisit(manager, command.visitId, { lock: true });
    const original = visit.charges?.find(({ id }) => id === command.chargeId);
    if (!original) throw new NotFoundError('charge', command.chargeId);
    if (visit.status !== 'released' || visit.currency === null || original.voidedAt !== null)
      throw new ChargeNotCorrectableError();
    const posted = { ...visit, currency: visit.currency };
    const corrected = await this.priced(manager, posted, original, command);
    const by = { actorUserId: command.actorUserId, now: command.now };
    await this.void(manager, posted, original, corrected.id, by);
    await this.charges.post(manager, posted, corrected, by);
    return findVisit(manager, visit.id);
  }

  private async priced(
    manager: EntityManager,
    visit: PricedVisit,
    original: Charge,
    { procedureCode, modifiers, units }: CorrectChargeCommand,
  ): Promise<Charge> {
    const { dateOfService, payerId } = visit;
    const quote = await priceOn(manager, { dateOfService, procedureCode, modifiers, payerId: payerId ?? undefined });
    if (!quote || quote.charge.currency !== visit.currency) throw new NoPriceOnDateError(procedureCode);
    return manager.save(
      manager.create(Charge, {
        tenantId: visit.tenantId,
        visitId: visit.id,
        lineNumber: original.lineNumber,
        procedureCode,
        modifiers,
        units,
        diagnoses: original.diagnoses,
        unitPriceMinor: quote.charge.amountMinor,
        amountMinor: quote.charge.amountMinor * units,
        correctsChargeId: original.id,
      }),
    );
  }

  private async void(
    manager: EntityManager,
    visit: PricedVisit,
    original: Charge,
    correctedByChargeId: string,
    { actorUserId, now }: { actorUserId: string | null; now: Date },
  ): Promise<void> {
    await manager.update(Charge, { id: original.id }, { voidedAt: now, voidedBy: actorUserId });
    await this.ledger.reverseCharge(manager, original.id, {
      tenantId: visit.tenantId,
      patientId: visit.patientId,
      visitId: visit.id,
      postedAt: now,
      postedBy: actorUserId,
    });
    await this.outbox.append(manager, ChargeVoided, {
      aggregateId: original.id,
      payload: {
        chargeId: original.id,
        visitId: visit.id,
        patientId: visit.patientId,
        amountMinor: original.amountMinor ?? 0,
        currency: visit.currency,
        billTo: visit.billTo,
        payerId: visit.payerId,
        correctedByChargeId,
      },
    });
  }
}
