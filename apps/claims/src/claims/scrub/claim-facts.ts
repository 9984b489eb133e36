import { KnownClinic } from '@praxis/replicas';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { BillingProfile } from '../../billing-profiles/billing-profile.entity';
import { coverageOn } from '../../insured/coverage-on';
import { Payer } from '../../payers/payer.entity';
import { CompletedVisit } from '../../visits/completed-visit.entity';
import { ClaimLine } from '../claim-line.entity';
import { SENT_STATUSES } from '../claim-status';
import { Claim } from '../claim.entity';
import { ScrubFacts } from './claim-scrubber';

const calendarDateIn = (now: Date, timeZone: string): string =>
  DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? now.toISOString().slice(0, 10);

/**
 * A claim already sent to the same payer for the same patient, date of service and procedure codes; the claim a
 * replacement or void names is the one it is meant to repeat.
 */
const sentDuplicate = async (manager: EntityManager, claim: Claim, codes: string[]): Promise<string | null> => {
  const duplicate = await manager
    .createQueryBuilder(Claim, 'sent')
    .select('sent.patient_control_number', 'patientControlNumber')
    .where('sent.patient_id = :patientId', { patientId: claim.patientId })
    .andWhere('sent.date_of_service = :dateOfService', { dateOfService: claim.dateOfService })
    .andWhere('sent.id <> :id', { id: claim.id })
    .andWhere('sent.id IS DISTINCT FROM :replaced', { replaced: claim.replacesClaimId })
    .andWhere('sent.payer_id = :payerId', { payerId: claim.payerId })
    .andWhere('sent.status IN (:...sent)', { sent: SENT_STATUSES })
    .andWhere(
      `(SELECT array_agg(line.procedure_code ORDER BY line.procedure_code) FROM claim_lines line
        WHERE line.claim_id = sent.id) = :codes::varchar[]`,
      { codes },
    )
    .getRawOne<{ patientControlNumber: string }>();
  return duplicate?.patientControlNumber ?? null;
};

/** What the scrub judges a claim by, read in the claim's transaction. */
export const claimFacts = async (manager: EntityManager, claim: Claim, now: Date): Promise<ScrubFacts> => {
  const lines = await manager.find(ClaimLine, { where: { claimId: claim.id }, order: { createdAt: 'ASC' } });
  const visit = await manager.findOneBy(CompletedVisit, { id: claim.visitId });
  const clinic = await manager.findOneBy(KnownClinic, { tenantId: claim.tenantId });
  const profile = await manager.findOneBy(BillingProfile, { tenantId: claim.tenantId });
  const payer = await manager.findOneBy(Payer, { electronicPayerId: claim.payerId });
  const coverage = await coverageOn(manager, claim);
  const codes = lines.map(({ procedureCode }) => procedureCode).sort();
  return {
    claim: { diagnoses: claim.diagnoses, dateOfService: claim.dateOfService, lines },
    today: calendarDateIn(now, visit?.timeZone ?? clinic?.timeZone ?? 'UTC'),
    renderingProviderNpi: visit?.renderingProviderNpi ?? null,
    profile,
    payer,
    payerId: claim.payerId,
    coverage,
    duplicateOf: await sentDuplicate(manager, claim, codes),
  };
};
