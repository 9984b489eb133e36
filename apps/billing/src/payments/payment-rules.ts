import type { CurrencyCode, Money } from '@praxis/domain';
import { formatMajorUnits } from '@praxis/domain';
import { ConflictError, UnprocessableError } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { FeeSchedule } from '../fee-schedules/fee-schedule.entity';
import { KnownPatient } from '../patients/known-patient.entity';

/** An amount as a clerk reads it: 125.00 USD. */
export const moneyText = (amount: Money) => `${formatMajorUnits(amount)} ${amount.currency}`;

export class UnknownPatientError extends UnprocessableError {
  constructor(patientId: string) {
    super(`patient ${patientId} is not a patient of this clinic`, [
      { field: 'patientId', message: 'not a patient of this clinic' },
    ]);
  }
}

export class CurrencyNotBilledError extends UnprocessableError {
  constructor(currency: CurrencyCode, billed: CurrencyCode) {
    super(`the clinic bills in ${billed}, not ${currency}`, [{ field: 'currency', message: `must be ${billed}` }]);
  }
}

export class AllocationRefusedError extends UnprocessableError {
  constructor(detail: string, index: number) {
    super(detail, [{ field: `allocations.${index}`, message: detail }]);
  }
}

export class OverAllocatedError extends UnprocessableError {
  constructor(allocated: Money, available: Money) {
    super(
      `the allocations add up to ${moneyText(allocated)}, more than the ${moneyText(available)} there is to apply`,
      [{ field: 'allocations', message: `add up to more than ${moneyText(available)}` }],
    );
  }
}

export class RefundTooLargeError extends UnprocessableError {
  constructor(refundable: Money) {
    super(`only ${moneyText(refundable)} of this payment is left to refund`, [
      { field: 'amountMinor', message: `at most ${refundable.amountMinor}` },
    ]);
  }
}

export class VisitClosedForCopayError extends ConflictError {
  constructor(status: string) {
    super(`a visit that is ${status.replace('_', ' ')} takes no co-pay`);
  }
}

export const refuseUnknownPatient = async (manager: EntityManager, patientId: string): Promise<void> => {
  if (!(await manager.existsBy(KnownPatient, { patientId }))) throw new UnknownPatientError(patientId);
};

/** The clinic bills in the currency of its latest fee schedule; before it has one, any currency billing knows. */
export const refuseCurrencyNotBilled = async (manager: EntityManager, currency: CurrencyCode): Promise<void> => {
  const [latest] = await manager.find(FeeSchedule, { order: { effectiveFrom: 'DESC' }, take: 1 });
  if (latest && latest.currency !== currency) throw new CurrencyNotBilledError(currency, latest.currency);
};

/** One payment operation for a patient at a time, so two payments never both settle what a visit owes once. */
export const lockPatientPayments = (manager: EntityManager, patientId: string): Promise<unknown> =>
  manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('patient-payments:' || $1, 0))`, [patientId]);
