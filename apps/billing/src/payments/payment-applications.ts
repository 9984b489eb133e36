import { Injectable } from '@nestjs/common';
import type { CurrencyCode } from '@praxis/domain';
import { money } from '@praxis/domain';
import { EntityManager } from 'typeorm';
import { Ledger } from '../ledger/ledger';
import { postings } from '../ledger/ledger-postings';
import { AllocationDto } from './dto/payment.dto';
import { PatientPayment } from './patient-payment.entity';
import { PaymentAllocation } from './payment-allocation.entity';
import { AllocationRefusedError, lockPatientPayments, moneyText, OverAllocatedError } from './payment-rules';

/** A visit of the patient with something left for the patient to pay, in minor units of its currency. */
interface OpenVisit {
  visitId: string;
  dateOfService: string;
  owedMinor: number;
}

/** The visit co-pays were taken for, and its patient, whose payments are locked while they are applied. */
export interface CopayVisit {
  visitId: string;
  patientId: string;
}

export interface AppliedBy {
  actorUserId: string | null;
  now: Date;
}

const OPEN_VISITS = `
  SELECT visit.id AS visit_id, to_char(visit.date_of_service, 'YYYY-MM-DD') AS date_of_service,
         sum(entry.amount_minor) AS owed
    FROM billing_visits visit
    JOIN ledger_entries entry ON entry.visit_id = visit.id AND entry.account = 'patient_receivable'
   WHERE visit.patient_id = $1 AND entry.currency = $2
   GROUP BY visit.id
  HAVING sum(entry.amount_minor) > 0
   ORDER BY visit.date_of_service, visit.created_at, visit.id`;

/**
 * Applying a payment moves the patient's credit onto what their visits owe: oldest first by date of service, or as the
 * clerk chose, never more than a visit owes or the payment has left. Callers hold the patient's payment lock
 * (lockPatientPayments).
 */
@Injectable()
export class PaymentApplications {
  constructor(private readonly ledger: Ledger) {}

  async openVisits(manager: EntityManager, patientId: string, currency: CurrencyCode): Promise<OpenVisit[]> {
    const rows: { visit_id: string; date_of_service: string; owed: string }[] = await manager.query(OPEN_VISITS, [
      patientId,
      currency,
    ]);
    return rows.map((row) => ({
      visitId: row.visit_id,
      dateOfService: row.date_of_service,
      owedMinor: Number(row.owed),
    }));
  }

  /** What to apply where, or the reason a clerk's choice cannot be applied; nothing is written. */
  plan(open: OpenVisit[], availableMinor: number, currency: CurrencyCode, chosen?: AllocationDto[]): AllocationDto[] {
    if (!chosen) return this.oldestFirst(open, availableMinor);
    chosen.forEach(({ visitId, amountMinor }, index) => {
      if (chosen.findIndex((other) => other.visitId === visitId) !== index)
        throw new AllocationRefusedError(`visit ${visitId} is named twice`, index);
      const visit = open.find((candidate) => candidate.visitId === visitId);
      if (!visit)
        throw new AllocationRefusedError(`visit ${visitId} is not a visit of this patient with anything to pay`, index);
      if (amountMinor > visit.owedMinor)
        throw new AllocationRefusedError(
          `the visit on ${visit.dateOfService} still owes ${moneyText(money(visit.owedMinor, currency))}, less than the ${moneyText(money(amountMinor, currency))} applied to it`,
          index,
        );
    });
    const total = chosen.reduce((sum, { amountMinor }) => sum + amountMinor, 0);
    if (total > availableMinor) throw new OverAllocatedError(money(total, currency), money(availableMinor, currency));
    return chosen;
  }

  async apply(
    manager: EntityManager,
    payment: PatientPayment,
    allocations: AllocationDto[],
    { actorUserId, now }: AppliedBy,
  ): Promise<void> {
    for (const { visitId, amountMinor } of allocations) {
      await manager.insert(PaymentAllocation, {
        tenantId: payment.tenantId,
        paymentId: payment.id,
        visitId,
        amountMinor,
        appliedAt: now,
        appliedBy: actorUserId,
      });
      await this.ledger.post(manager, postings.paymentApplication(money(amountMinor, payment.currency)), {
        tenantId: payment.tenantId,
        patientId: payment.patientId,
        visitId,
        paymentId: payment.id,
        postedAt: now,
        postedBy: actorUserId,
      });
    }
  }

  /**
   * Co-pays taken for the visit before its charges posted are applied to it now, up to what the patient owes on it.
   * Locked before the co-pays are read: a co-pay taken at the same moment is then either seen here or sees what the
   * visit owes.
   */
  async applyCopays(manager: EntityManager, { visitId, patientId }: CopayVisit, by: AppliedBy): Promise<void> {
    await lockPatientPayments(manager, patientId);
    const copays = await manager.find(PatientPayment, {
      where: { copayVisitId: visitId },
      order: { receivedAt: 'ASC' },
    });
    for (const copay of copays) {
      const [visit] = (await this.openVisits(manager, copay.patientId, copay.currency)).filter(
        (open) => open.visitId === visitId,
      );
      const unapplied = await unappliedMinor(manager, copay.id);
      const amountMinor = Math.min(visit?.owedMinor ?? 0, unapplied);
      if (amountMinor > 0) await this.apply(manager, copay, [{ visitId, amountMinor }], by);
    }
  }

  /** Takes back applied money, newest application first; each visit it leaves owes that much again. */
  async takeBack(manager: EntityManager, payment: PatientPayment, amountMinor: number, by: AppliedBy): Promise<void> {
    const applied: { visit_id: string; net: string }[] = await manager.query(
      `SELECT visit_id, sum(amount_minor) AS net FROM payment_allocations WHERE payment_id = $1
        GROUP BY visit_id HAVING sum(amount_minor) > 0 ORDER BY max(applied_at) DESC, visit_id`,
      [payment.id],
    );
    let left = amountMinor;
    for (const { visit_id: visitId, net } of applied) {
      if (left === 0) break;
      const taken = Math.min(Number(net), left);
      await manager.insert(PaymentAllocation, {
        tenantId: payment.tenantId,
        paymentId: payment.id,
        visitId,
        amountMinor: -taken,
        appliedAt: by.now,
        appliedBy: by.actorUserId,
      });
      const application = postings.paymentApplication(money(taken, payment.currency));
      await this.ledger.post(manager, postings.reversal(application), {
        tenantId: payment.tenantId,
        patientId: payment.patientId,
        visitId,
        paymentId: payment.id,
        postedAt: by.now,
        postedBy: by.actorUserId,
      });
      left -= taken;
    }
  }

  private oldestFirst(open: OpenVisit[], availableMinor: number): AllocationDto[] {
    const allocations: AllocationDto[] = [];
    let left = availableMinor;
    for (const { visitId, owedMinor } of open) {
      if (left === 0) break;
      const amountMinor = Math.min(owedMinor, left);
      allocations.push({ visitId, amountMinor });
      left -= amountMinor;
    }
    return allocations;
  }
}

/** What is left of a payment to apply or refund: its amount less what is applied now and what was refunded. */
export const unappliedMinor = async (manager: EntityManager, paymentId: string): Promise<number> => {
  const [row]: { unapplied: string }[] = await manager.query(
    `SELECT payment.amount_minor
            - coalesce((SELECT sum(amount_minor) FROM payment_allocations WHERE payment_id = payment.id), 0)
            - coalesce((SELECT sum(amount_minor) FROM payment_refunds WHERE payment_id = payment.id), 0) AS unapplied
       FROM patient_payments payment WHERE payment.id = $1`,
    [paymentId],
  );
  return Number(row?.unapplied ?? 0);
};
