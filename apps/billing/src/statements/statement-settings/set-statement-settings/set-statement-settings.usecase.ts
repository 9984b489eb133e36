import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { StatementSettings } from '../statement-settings.entity';
import { SetStatementSettingsCommand } from './set-statement-settings.command';

/** The settings are written whole; statements issued from then on carry them, those already issued keep theirs. */
@Injectable()
export class SetStatementSettings {
  constructor(private readonly transactions: TenantTransactions) {}

  execute({
    tenantId,
    payToName,
    returnAddress,
    billingPhone,
  }: SetStatementSettingsCommand): Promise<StatementSettings> {
    const { line1, line2, city, state, postalCode } = returnAddress;
    return this.transactions.run(async (manager) => {
      await manager.upsert(
        StatementSettings,
        { tenantId, payToName, returnAddress: { line1, line2: line2 ?? null, city, state, postalCode }, billingPhone },
        ['tenantId'],
      );
      return manager.findOneByOrFail(StatementSettings, { tenantId });
    });
  }
}
