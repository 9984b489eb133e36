import { Inject, Injectable } from '@nestjs/common';
import { KnownClinic } from '@praxis/replicas';
import {
  BillingProvider,
  ProfessionalClaim,
  ProfessionalClaimEnvelope,
  ProfessionalClaimFile,
  validateProfessionalClaimFile,
  writeProfessionalClaims,
  X12WriteError,
} from '@praxis/x12';
import { EntityManager } from 'typeorm';
import { BillingProfile } from '../billing-profiles/billing-profile.entity';
import { ClaimLifecycle } from '../claims/claim-lifecycle';
import { Claim } from '../claims/claim.entity';
import { ClaimSubmission } from './claim-submission.entity';
import { nextInterchangeControlNumber } from './interchange-control-numbers';
import { billingProviderOf, ClaimNotSubmittableError, professionalClaimOf } from './professional-claim-of';
import { SUBMISSION_SETTINGS, SubmissionSettings } from './submission-settings';
import { SubmittedClaim } from './submitted-claim.entity';

interface Gathered {
  claim: Claim;
  model: ProfessionalClaim;
}

/**
 * Gathers the clinic's ready claims into one 837P file, in one transaction: the file's bytes are stored, each claim
 * is linked to it and moves to submitted (claim.submitted). A claim the 837P cannot carry goes back to needs_fix.
 */
@Injectable()
export class SubmissionBuilder {
  constructor(
    private readonly lifecycle: ClaimLifecycle,
    @Inject(SUBMISSION_SETTINGS) private readonly settings: SubmissionSettings,
  ) {}

  async build(manager: EntityManager, submissionId: string, now: Date): Promise<ClaimSubmission | null> {
    const submission = await manager.findOne(ClaimSubmission, {
      where: { id: submissionId },
      lock: { mode: 'pessimistic_write' },
    });
    if (submission?.status !== 'queued') return submission;
    const profile = await manager.findOneBy(BillingProfile, { tenantId: submission.tenantId });
    if (!profile?.submitterId || !profile.receiverId)
      return this.finish(manager, submission, { status: 'refused', refusal: NO_TRADING_PARTNER });
    const provider = billingProviderOf(profile);
    if (provider instanceof ClaimNotSubmittableError)
      return this.finish(manager, submission, { status: 'refused', refusal: provider.message });
    const gathered = await this.gather(manager, await this.readyClaims(manager), provider, profile, now);
    if (gathered.length === 0) return this.finish(manager, submission, { status: 'empty' });
    return this.write(manager, submission, profile, gathered, now);
  }

  private readyClaims(manager: EntityManager): Promise<Claim[]> {
    return manager
      .createQueryBuilder(Claim, 'claim')
      .where(`claim.status = 'ready'`)
      .orderBy('claim.created_at')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  private async gather(
    manager: EntityManager,
    claims: Claim[],
    provider: BillingProvider,
    profile: BillingProfile,
    now: Date,
  ): Promise<Gathered[]> {
    const gathered: Gathered[] = [];
    for (const claim of claims) {
      const model = await professionalClaimOf(manager, claim, provider, profile);
      const problems =
        model instanceof ClaimNotSubmittableError
          ? [model.message]
          : validateProfessionalClaimFile(this.fileOf(profile, [model], 1)).map(({ message }) => message);
      if (model instanceof ClaimNotSubmittableError || problems.length > 0)
        await this.lifecycle.move(manager, claim, 'needs_fix', {
          actorUserId: null,
          now,
          action: 'held back from submission',
          details: { problems },
        });
      else gathered.push({ claim, model });
    }
    return gathered;
  }

  private async write(
    manager: EntityManager,
    submission: ClaimSubmission,
    profile: BillingProfile,
    gathered: Gathered[],
    now: Date,
  ): Promise<ClaimSubmission> {
    const receiverId = profile.receiverId as string;
    const controlNumber = await nextInterchangeControlNumber(manager, submission.tenantId, receiverId);
    const clinic = await manager.findOneBy(KnownClinic, { tenantId: submission.tenantId });
    const file = this.fileOf(
      profile,
      gathered.map(({ model }) => model),
      controlNumber,
    );
    const envelope = { preparedAt: now, timeZone: clinic?.timeZone ?? 'UTC', usage: this.settings.usage };
    const x12 = this.written(file, {
      ...envelope,
      interchangeControlNumber: controlNumber,
      groupControlNumber: controlNumber,
    });
    if (x12 instanceof X12WriteError)
      return this.finish(manager, submission, { status: 'refused', refusal: x12.message });
    await manager.save(
      gathered.map(({ claim }) =>
        manager.create(SubmittedClaim, {
          tenantId: submission.tenantId,
          submissionId: submission.id,
          claimId: claim.id,
          patientControlNumber: claim.patientControlNumber,
          billingProviderNpi: profile.npi,
        }),
      ),
    );
    const change = {
      actorUserId: submission.requestedBy,
      now,
      action: 'submitted',
      details: { submissionId: submission.id },
    };
    for (const { claim } of gathered) await this.lifecycle.submit(manager, claim.id, change);
    return this.finish(manager, submission, {
      status: 'built',
      receiverId,
      submitterId: profile.submitterId,
      interchangeControlNumber: controlNumber,
      x12: Buffer.from(x12, 'utf8'),
      builtAt: now,
    });
  }

  /** An id of the profile the ISA cannot hold (too long, a delimiter) refuses the file, leaving its claims ready. */
  private written(file: ProfessionalClaimFile, envelope: ProfessionalClaimEnvelope): string | X12WriteError {
    try {
      return writeProfessionalClaims(file, envelope);
    } catch (error) {
      if (error instanceof X12WriteError) return error;
      throw error;
    }
  }

  private fileOf(profile: BillingProfile, claims: ProfessionalClaim[], reference: number): ProfessionalClaimFile {
    return {
      submitter: {
        name: profile.organizationName,
        id: profile.submitterId as string,
        contactName: this.settings.contactName,
        phone: this.settings.contactPhone,
      },
      receiver: { name: profile.receiverId as string, id: profile.receiverId as string },
      reference: String(reference),
      claims,
    };
  }

  private async finish(
    manager: EntityManager,
    submission: ClaimSubmission,
    changes: Partial<ClaimSubmission>,
  ): Promise<ClaimSubmission> {
    await manager.update(ClaimSubmission, { id: submission.id }, changes);
    return { ...submission, ...changes };
  }
}

const NO_TRADING_PARTNER =
  "the clinic's billing profile names no submitter id or receiver id at the clearinghouse: set them and submit again";
