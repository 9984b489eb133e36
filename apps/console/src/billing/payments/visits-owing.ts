import type { BillingVisit } from '../billing-data';
import type { Payment } from './payments-data';

export interface VisitOwing {
  visit: BillingVisit;
  chargedMinor: number;
  paidMinor: number;
}

/**
 * What the patient was charged on each released visit billed to them, and what their payments have paid of it, read
 * from the visits' lines and the payments' applications (a refund's negative application included).
 */
export const visitsOwing = (visits: BillingVisit[], payments: Payment[]): VisitOwing[] =>
  visits
    .filter((visit) => visit.status === 'released' && visit.billTo === 'patient')
    .sort((a, b) => a.dateOfService.localeCompare(b.dateOfService))
    .map((visit) => ({
      visit,
      chargedMinor: (visit.charges ?? [])
        .filter((charge) => charge.voidedAt === null)
        .reduce((sum, charge) => sum + (charge.amountMinor ?? 0), 0),
      paidMinor: payments
        .flatMap((payment) => payment.allocations)
        .filter((allocation) => allocation.visitId === visit.id)
        .reduce((sum, allocation) => sum + allocation.amountMinor, 0),
    }));
