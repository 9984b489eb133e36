import { Injectable } from '@nestjs/common';
import { PatientRecordRef } from '@praxis/contracts';
import { PatientDataTrail } from '@praxis/messaging';
import { NotFoundError, pageOf } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { Claim } from './claim.entity';
import { ClaimPage, ClaimQuery } from './dto/claim.dto';

/** A claim discloses its patient's diagnoses and coverage: each one read or changed goes on the patient data trail. */
const claimRecord = ({ patientId, id }: Claim): PatientRecordRef => ({ patientId, kind: 'claim', id });

@Injectable()
export class ClaimsQueries {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly trail: PatientDataTrail,
  ) {}

  page({ status, ...page }: ClaimQuery): Promise<ClaimPage> {
    return this.transactions.run(async (manager) => {
      const query = manager.createQueryBuilder(Claim, 'claim');
      if (status) query.where('claim.status = :status', { status });
      const claims = await pageOf(query, page);
      await this.trail.record(manager, 'read', claims.items.map(claimRecord));
      return claims;
    });
  }

  get(id: string): Promise<Claim> {
    return this.transactions.run(async (manager) => {
      const claim = await this.detail(manager, id);
      await this.trail.record(manager, 'read', [claimRecord(claim)]);
      return claim;
    });
  }

  /** The claim as a clerk's change left it, which the trail records as changed. */
  async changed(manager: EntityManager, id: string): Promise<Claim> {
    const claim = await this.detail(manager, id);
    await this.trail.record(manager, 'update', [claimRecord(claim)]);
    return claim;
  }

  /** The claim with its lines in the order they joined and its history oldest first. */
  async detail(manager: EntityManager, id: string): Promise<Claim> {
    const claim = await manager.findOne(Claim, {
      where: { id },
      relations: { lines: true, history: true },
      order: { lines: { createdAt: 'ASC' }, history: { occurredAt: 'ASC', writtenOrder: 'ASC' } },
    });
    if (!claim) throw new NotFoundError('claim', id);
    return claim;
  }
}
