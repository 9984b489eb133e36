import { Injectable } from '@nestjs/common';
import { CurrencyCode } from '@praxis/domain';
import { ConflictError, NotFoundError, UnprocessableError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { clinicCurrency, requirePriceOn } from '../../fee-schedules/fee-schedule-pricing';
import { BillingVisit } from '../billing-visit.entity';
import { Charge } from '../charge.entity';
import { findVisit } from '../visits';
import { statusOnResume } from '../visit-status';
import { PriceChargeCommand } from './price-charge.command';

export class ChargeNotPriceableError extends ConflictError {
  constructor() {
    super('only an unpriced line of a visit in review can be priced');
  }
}

export class PriceOrCodeError extends UnprocessableError {
  constructor() {
    super('give either unitPriceMinor or procedureCode, not both', [
      { field: 'unitPriceMinor', message: 'either unitPriceMinor or procedureCode' },
    ]);
  }
}

export class NoClinicCurrencyError extends UnprocessableError {
  constructor() {
    super('the clinic has no fee schedule yet, so no currency to price in');
  }
}

/** A clerk prices an unpriced line of a visit in review; once every line is priced the visit is ready for release. */
@Injectable()
export class PriceCharge {
  constructor(private readonly transactions: TenantTransactions) {}

  execute(command: PriceChargeCommand): Promise<BillingVisit> {
    return this.transactions.run(async (manager) => {
      const visit = await findVisit(manager, command.visitId, { lock: true });
      const charge = visit.charges?.find(({ id }) => id === command.chargeId);
      if (!charge) throw new NotFoundError('charge', command.chargeId);
      if (visit.status !== 'needs_review' || charge.amountMinor !== null) throw new ChargeNotPriceableError();
      const priced = await this.priced(manager, visit, charge, command);
      await manager.update(Charge, { id: charge.id }, priced.line);
      const lines = (visit.charges ?? []).map((line) => (line.id === charge.id ? { ...line, ...priced.line } : line));
      await manager.update(
        BillingVisit,
        { id: visit.id },
        { currency: priced.currency, status: statusOnResume(lines) },
      );
      return findVisit(manager, visit.id);
    });
  }

  private async priced(
    manager: EntityManager,
    visit: BillingVisit,
    charge: Charge,
    { unitPriceMinor, procedureCode }: PriceChargeCommand,
  ): Promise<PricedLine> {
    if (procedureCode !== undefined && unitPriceMinor === undefined) {
      const quote = await requirePriceOn(manager, {
        dateOfService: visit.dateOfService,
        procedureCode,
        modifiers: charge.modifiers,
        payerId: visit.payerId ?? undefined,
      });
      return pricedLine(quote.charge.currency, procedureCode, quote.charge.amountMinor, charge.units);
    }
    if (unitPriceMinor !== undefined && procedureCode === undefined) {
      const currency = visit.currency ?? (await clinicCurrency(manager));
      if (!currency) throw new NoClinicCurrencyError();
      return pricedLine(currency, charge.procedureCode, unitPriceMinor, charge.units);
    }
    throw new PriceOrCodeError();
  }
}

interface PricedLine {
  currency: CurrencyCode;
  line: Pick<Charge, 'procedureCode' | 'unitPriceMinor' | 'amountMinor'>;
}

const pricedLine = (currency: CurrencyCode, procedureCode: string, unitPrice: number, units: number): PricedLine => ({
  currency,
  line: { procedureCode, unitPriceMinor: unitPrice, amountMinor: unitPrice * units },
});
