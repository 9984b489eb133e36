import { Injectable } from '@nestjs/common';
import { CoverageUpdated, CoverageUpdatedV2, CoverageUpdatedV3, PayloadOf } from '@praxis/contracts';
import { OutboxWriter, PatientDataTrail, patientListRecords } from '@praxis/messaging';
import {
  ConflictError,
  IdempotentCall,
  IdempotentRequests,
  NotFoundError,
  RequestValidationError,
} from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { Coverage, CoverageRank } from './coverage.entity';
import type { PatientAddress } from './dto/address.dto';
import { Patient } from './patient.entity';

type CoverageListPayload = PayloadOf<typeof CoverageUpdated>;
type InsuredPayload = PayloadOf<typeof CoverageUpdatedV3>;

export class OverlappingCoverageError extends ConflictError {
  constructor(existing?: Coverage) {
    super(
      existing
        ? `the patient already has ${existing.rank} coverage ${existing.id} from ${existing.effectiveFrom} to ${existing.effectiveTo ?? 'open-ended'}`
        : 'the patient already has coverage of this rank in that period',
    );
    if (existing) {
      const { id, rank, payerId, payerName, effectiveFrom, effectiveTo } = existing;
      this.extensions.conflictingCoverage = { id, rank, payerId, payerName, effectiveFrom, effectiveTo };
    }
  }
}

/** v1 and v2 know two ranks: a tertiary coverage is left out of them rather than refused by their consumers. */
const withoutTertiary = <C extends { rank: CoverageRank }>(coverages: C[]) =>
  coverages.filter(
    (coverage): coverage is C & { rank: Exclude<CoverageRank, 'tertiary'> } => coverage.rank !== 'tertiary',
  );

/** What every version of coverage.updated says of a coverage, besides who the subscriber is. */
const coverageFields = <R extends CoverageRank>(coverage: Coverage & { rank: R }) => ({
  coverageId: coverage.id,
  payerId: coverage.payerId,
  payerName: coverage.payerName,
  memberId: coverage.memberId,
  groupNumber: coverage.groupNumber,
  rank: coverage.rank,
  effectiveFrom: coverage.effectiveFrom,
  effectiveTo: coverage.effectiveTo,
});

const coverageListItem = (
  coverage: Coverage & { rank: CoverageListPayload['coverages'][number]['rank'] },
): CoverageListPayload['coverages'][number] => ({
  ...coverageFields(coverage),
  subscriberRelationship: coverage.subscriber.relationship,
});

const postalAddress = ({ line1, line2, city, state, postalCode }: PatientAddress) => ({
  line1,
  line2: line2 || null,
  city,
  state,
  postalCode,
});

/** The subscriber as a claim names them: for `self`, the patient wherever the card does not spell it otherwise. */
const subscriberOf = (
  { subscriber }: Coverage,
  patient: Patient,
): InsuredPayload['coverages'][number]['subscriber'] => {
  const own = subscriber.relationship === 'self' ? patient : undefined;
  const address = subscriber.address ?? own?.address;
  return {
    relationship: subscriber.relationship,
    firstName: subscriber.firstName ?? own?.firstName ?? null,
    lastName: subscriber.lastName ?? own?.lastName ?? null,
    dateOfBirth: subscriber.dateOfBirth ?? own?.dateOfBirth ?? null,
    sex: subscriber.sex ?? own?.sex ?? null,
    address: address ? postalAddress(address) : null,
  };
};

const insuredPayload = (patient: Patient, coverages: Coverage[]): InsuredPayload => ({
  patientId: patient.id,
  patient: {
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: patient.dateOfBirth,
    sex: patient.sex,
    address: postalAddress(patient.address),
  },
  coverages: coverages.map((coverage) => ({
    ...coverageFields(coverage),
    subscriber: subscriberOf(coverage, patient),
  })),
});

/** What every change to a patient's coverages shares: one at a time per patient, no overlap per rank, the whole list announced. */
@Injectable()
export class PatientCoverages {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly outbox: OutboxWriter,
    private readonly trail: PatientDataTrail,
    private readonly idempotency: IdempotentRequests,
  ) {}

  list(patientId: string): Promise<Coverage[]> {
    return this.transactions.run(async (manager) => {
      if (!(await manager.existsBy(Patient, { id: patientId }))) throw new NotFoundError('patient', patientId);
      const coverages = await this.coveragesOf(manager, patientId);
      await this.trail.record(
        manager,
        'read',
        patientListRecords(
          patientId,
          'coverage',
          coverages.map(({ id }) => id),
        ),
      );
      return coverages;
    });
  }

  /** With an Idempotency-Key, a retry of the same change answers what the first attempt did and changes nothing. */
  change(
    patientId: string,
    decide: (manager: EntityManager) => Coverage | Promise<Coverage>,
    retry: IdempotentCall = {},
  ): Promise<Coverage> {
    return this.transactions.run(async (manager) => {
      const { result, replayed } = await this.idempotency.once(manager, retry.key, retry.request, () =>
        this.apply(manager, patientId, decide),
      );
      // A replay changes nothing, but it still shows the caller the coverage.
      if (replayed) await this.trail.record(manager, 'read', [{ patientId, kind: 'coverage', id: result.id }]);
      return result;
    });
  }

  private async apply(
    manager: EntityManager,
    patientId: string,
    decide: (manager: EntityManager) => Coverage | Promise<Coverage>,
  ): Promise<Coverage> {
    await this.lockPatient(manager, patientId);
    const coverage = await decide(manager);
    const action = coverage.id ? 'update' : 'create';
    this.refuseBackwardsPeriod(coverage);
    await this.refuseOverlap(manager, coverage);
    const { id } = await manager.save(coverage);
    await this.trail.record(manager, action, [{ patientId, kind: 'coverage', id }]);
    await this.announce(manager, patientId);
    return manager.findOneByOrFail(Coverage, { id });
  }

  /** Serialises coverage changes per patient, so each CoverageUpdated lists what the previous one listed plus this change. */
  private async lockPatient(manager: EntityManager, patientId: string): Promise<void> {
    const patient = await manager.findOne(Patient, {
      select: { id: true },
      where: { id: patientId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!patient) throw new NotFoundError('patient', patientId);
  }

  private refuseBackwardsPeriod({ effectiveFrom, effectiveTo }: Coverage): void {
    if (effectiveTo !== null && effectiveTo < effectiveFrom) {
      throw new RequestValidationError([
        { field: 'effectiveTo', message: `effectiveTo must not be before effectiveFrom (${effectiveFrom})` },
      ]);
    }
  }

  private async refuseOverlap(manager: EntityManager, coverage: Coverage): Promise<void> {
    const query = manager
      .createQueryBuilder(Coverage, 'coverage')
      .where('coverage.patient_id = :patientId', { patientId: coverage.patientId })
      .andWhere('coverage.rank = :rank', { rank: coverage.rank })
      .andWhere(
        `daterange(coverage.effective_from, coverage.effective_to, '[]') && daterange(:from::date, :to::date, '[]')`,
        {
          from: coverage.effectiveFrom,
          to: coverage.effectiveTo,
        },
      );
    if (coverage.id) query.andWhere('coverage.id <> :id', { id: coverage.id });
    const existing = await query.orderBy('coverage.effective_from').getOne();
    if (existing) throw new OverlappingCoverageError(existing);
  }

  /** v1 for its remaining consumers (billing), v3 with what claims bill with, v2 while its consumers remain. */
  private async announce(manager: EntityManager, patientId: string): Promise<void> {
    const coverages = await this.coveragesOf(manager, patientId);
    const payload = { patientId, coverages: withoutTertiary(coverages).map(coverageListItem) };
    await this.outbox.append(manager, CoverageUpdated, { aggregateId: patientId, payload });
    await this.announceInsured(manager, await manager.findOneByOrFail(Patient, { id: patientId }), coverages);
  }

  /**
   * At registration, and after a change to the patient, who is insured and how reads differently: v2 and v3 carry the
   * patient's details and mailing address.
   */
  async announceInsured(manager: EntityManager, patient: Patient, coverages?: Coverage[]): Promise<void> {
    const listed = coverages ?? (await this.coveragesOf(manager, patient.id));
    const payload = insuredPayload(patient, listed);
    const aggregateId = patient.id;
    await this.outbox.append(manager, CoverageUpdatedV2, {
      aggregateId,
      payload: { ...payload, coverages: withoutTertiary(payload.coverages) },
    });
    await this.outbox.append(manager, CoverageUpdatedV3, { aggregateId, payload });
  }

  /** Primary, secondary, tertiary (alphabetical happens to be the order of rank), then by start date. */
  private coveragesOf(manager: EntityManager, patientId: string): Promise<Coverage[]> {
    return manager.find(Coverage, { where: { patientId }, order: { rank: 'ASC', effectiveFrom: 'ASC' } });
  }
}
