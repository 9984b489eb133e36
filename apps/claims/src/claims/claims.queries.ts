import { Injectable } from '@nestjs/common';
import { NotFoundError, pageOf } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { Claim } from './claim.entity';
import { ClaimPage, ClaimQuery } from './dto/claim.dto';

@Injectable()
export class ClaimsQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  page({ status, ...page }: ClaimQuery): Promise<ClaimPage> {
    return this.transactions.run((manager) => {
      const query = manager.createQueryBuilder(Claim, 'claim');
      if (status) query.where('claim.status = :status', { status });
      return pageOf(query, page);
    });
  }

  get(id: string): Promise<Claim> {
    return this.transactions.run((manager) => this.detail(manager, id));
  }

  /** The claim with its lines in the order they joined and its history oldest first. */
  async detail(manager: EntityManager, id: string): Promise<Claim> {
    const claim = await manager.findOne(Claim, {
      where: { id },
      relations: { lines: true, history: true },
      order: { lines: { createdAt: 'ASC' }, history: { occurredAt: 'ASC' } },
    });
    if (!claim) throw new NotFoundError('claim', id);
    return claim;
  }
}
