import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TenantContext } from './tenant-context';

/**
 * Every unit of work on tenant data goes through here: one transaction that first sets app.tenant_id,
 * which the row-level security policies compare with each row's tenant_id.
 */
@Injectable()
export class TenantTransactions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly context: TenantContext,
  ) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.runFor(this.context.tenantId, work);
  }

  runFor<T>(tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      return work(manager);
    });
  }
}
