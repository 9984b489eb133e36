import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { coverageOn } from '../../insured/coverage-on';
import { ClaimLifecycle } from '../claim-lifecycle';
import { ClaimLine } from '../claim-line.entity';
import { nextPatientControlNumber } from '../claim-numbers';
import { OPEN_STATUSES } from '../claim-status';
import { Claim } from '../claim.entity';
import { lockClaimsOfPatient } from '../patient-claims-lock';
import { ClaimScrubbing } from '../scrub/claim-scrubbing';
import { BillChargeCommand } from './bill-charge.command';

/** The 837P's limit of service lines (2400 loops) per claim; more lines go on another claim. */
export const MAX_LINES_PER_CLAIM = 50;

/**
 * A released charge billed to insurance joins the open claim of its visit and payer, or opens one; the claim is
 * then scrubbed. A self-pay charge builds no claim.
 */
@Injectable()
export class BillCharge {
  constructor(
    private readonly lifecycle: ClaimLifecycle,
    private readonly scrubbing: ClaimScrubbing,
  ) {}

  async execute(manager: EntityManager, { tenantId, now, charge }: BillChargeCommand): Promise<Claim | null> {
    if (charge.billTo === 'patient' || charge.payerId === null) return null;
    // Also takes a visit's charges, which arrive on different partitions, one at a time: they share a claim, not race.
    await lockClaimsOfPatient(manager, charge.patientId);
    const open = await this.openClaimWithRoom(manager, charge.visitId, charge.payerId);
    const claim = open ?? (await this.openClaim(manager, tenantId, { ...charge, payerId: charge.payerId }, now));
    const diagnoses = [...claim.diagnoses, ...charge.diagnoses.filter((code) => !claim.diagnoses.includes(code))];
    await manager.update(Claim, { id: claim.id }, { diagnoses });
    claim.diagnoses = diagnoses;
    await manager.insert(ClaimLine, {
      tenantId,
      claimId: claim.id,
      chargeId: charge.chargeId,
      procedureCode: charge.procedureCode,
      modifiers: charge.modifiers,
      units: charge.units,
      amountMinor: charge.amountMinor,
      diagnosisPointers: charge.diagnoses.map((code) => diagnoses.indexOf(code) + 1),
    });
    const details = { chargeId: charge.chargeId, procedureCode: charge.procedureCode };
    await this.lifecycle.record(manager, claim, { actorUserId: null, now, action: 'charge added', details });
    return this.scrubbing.scrub(manager, claim, { actorUserId: null, now });
  }

  /** Locked, so a claim a submission sends meanwhile is no longer open here: the charge opens another, never reopens it. */
  private openClaimWithRoom(manager: EntityManager, visitId: string, payerId: string): Promise<Claim | null> {
    return manager
      .createQueryBuilder(Claim, 'claim')
      .where('claim.visit_id = :visitId', { visitId })
      .andWhere('claim.payer_id = :payerId', { payerId })
      .andWhere('claim.status IN (:...open)', { open: OPEN_STATUSES })
      .andWhere('(SELECT count(*) FROM claim_lines line WHERE line.claim_id = claim.id) < :max', {
        max: MAX_LINES_PER_CLAIM,
      })
      .orderBy('claim.created_at')
      .setLock('pessimistic_write')
      .getOne();
  }

  private async openClaim(
    manager: EntityManager,
    tenantId: string,
    charge: BillChargeCommand['charge'] & { payerId: string },
    now: Date,
  ): Promise<Claim> {
    const coverage = await coverageOn(manager, charge);
    const { id } = await manager.save(
      manager.create(Claim, {
        tenantId,
        patientControlNumber: await nextPatientControlNumber(manager, tenantId),
        status: 'draft',
        visitId: charge.visitId,
        patientId: charge.patientId,
        providerId: charge.providerId,
        locationId: charge.locationId,
        payerId: charge.payerId,
        // Billing bills the primary payer; a payer the replica lists as secondary is billed as such.
        responsibility: coverage?.rank ?? 'primary',
        dateOfService: charge.dateOfService,
        currency: charge.currency,
        diagnoses: [],
      }),
    );
    const claim = await manager.findOneByOrFail(Claim, { id });
    await this.lifecycle.record(manager, claim, { actorUserId: null, now, action: 'built from charges' }, null);
    return claim;
  }
}
