import { EntityManager } from 'typeorm';
import { ClaimStatus } from '../claims/claim-status';
import { Claim } from '../claims/claim.entity';
import { InsuredCoverage } from '../insured/insured-coverage.entity';
import type { ClaimPaymentRecord } from './claim-payment.entity';
import { LockedClaims } from './locked-claims';

/** Claims a payer can still decide on: sent to it, and not voided, replaced or closed. */
const DECIDABLE: readonly ClaimStatus[] = ['submitted', 'acknowledged', 'accepted', 'paid', 'partially_paid', 'denied'];

type Candidate = Pick<
  ClaimPaymentRecord,
  'patientControlNumber' | 'payerClaimControlNumber' | 'memberId' | 'chargeMinor' | 'lines'
>;

const byPatientControlNumber = async (manager: EntityManager, payment: Candidate, locked: LockedClaims) => {
  const claims =
    locked.withControlNumber(payment.patientControlNumber) ??
    (await manager.findBy(Claim, { patientControlNumber: payment.patientControlNumber }));
  return claims.filter(
    ({ payerClaimControlNumber }) =>
      payment.payerClaimControlNumber === '' ||
      payerClaimControlNumber === null ||
      payerClaimControlNumber === payment.payerClaimControlNumber,
  );
};

const byPayerClaimNumber = (manager: EntityManager, payment: Candidate) =>
  payment.payerClaimControlNumber === ''
    ? Promise.resolve([])
    : manager.findBy(Claim, { payerClaimControlNumber: payment.payerClaimControlNumber });

/** The member's claims on the dates the payer names, whose lines add up to the charge it decided on. */
const byPatientDatesAndCharge = async (manager: EntityManager, payment: Candidate) => {
  if (!payment.memberId) return [];
  const coverages = await manager.findBy(InsuredCoverage, { memberId: payment.memberId });
  if (coverages.length === 0) return [];
  const dates = [...new Set(payment.lines.flatMap(({ serviceDate }) => (serviceDate ? [serviceDate] : [])))];
  const query = manager
    .createQueryBuilder(Claim, 'claim')
    .where('claim.patient_id IN (:...patients)', { patients: coverages.map(({ patientId }) => patientId) })
    .andWhere(
      `(SELECT COALESCE(SUM(line.amount_minor), 0) FROM claim_lines line WHERE line.claim_id = claim.id) = :charge`,
      { charge: payment.chargeMinor },
    );
  if (dates.length > 0) query.andWhere('claim.date_of_service IN (:...dates)', { dates });
  return query.getMany();
};

const FALLBACKS = [byPatientControlNumber, byPayerClaimNumber, byPatientDatesAndCharge];

/**
 * The one claim a payment answers. CLP01 is the claim's patient control number but is not unique in real files,
 * so a CLP07 that disagrees with the payer's number for that claim sends the search on: to the payer's claim
 * number, then to the patient, dates of service and charge. None, or more than one, is for a clerk to decide.
 */
export const findClaimFor = async (
  manager: EntityManager,
  payment: Candidate,
  locked = LockedClaims.none,
): Promise<{ claim: Claim } | { reason: string }> => {
  for (const fallback of FALLBACKS) {
    const found = (await fallback(manager, payment, locked)).filter(({ status }) => DECIDABLE.includes(status));
    if (found.length === 1) return { claim: found[0] };
    if (found.length > 1)
      return {
        reason: `${found.length} claims could be the one paid: ${found.map((c) => c.patientControlNumber).join(', ')}`,
      };
  }
  return {
    reason: `no claim awaiting the payer's decision has patient control number ${payment.patientControlNumber} or payer claim number ${payment.payerClaimControlNumber || '(none)'}, and no single claim of the patient on those dates has that charge`,
  };
};
