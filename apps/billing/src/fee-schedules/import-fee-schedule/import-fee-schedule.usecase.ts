import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { readFeeScheduleCsv } from '../fee-schedule-csv';
import { findFeeSchedule, refuseTakenEffectiveDate } from '../fee-schedule-rules';
import { FeeSchedule } from '../fee-schedule.entity';
import { modifierKeyOf } from '../price-lines';
import { ImportFeeScheduleCommand } from './import-fee-schedule.command';

/** The whole file is read before anything is written: one bad row and the clinic's prices stay as they were. */
@Injectable()
export class ImportFeeSchedule {
  constructor(private readonly transactions: TenantTransactions) {}

  execute({ tenantId, actorUserId, effectiveFrom, currency, csv }: ImportFeeScheduleCommand): Promise<FeeSchedule> {
    const lines = readFeeScheduleCsv(csv, currency);
    return this.transactions.run(async (manager) => {
      await refuseTakenEffectiveDate(manager, effectiveFrom);
      const prices = lines.map(({ contractedAmounts, ...price }) => ({
        ...price,
        tenantId,
        modifierKey: modifierKeyOf(price.modifiers),
        contractedAmounts: contractedAmounts.map((amount) => ({ ...amount, tenantId })),
      }));
      const schedule = manager.create(FeeSchedule, {
        tenantId,
        effectiveFrom,
        currency,
        importedBy: actorUserId,
        prices,
      });
      const saved = await manager.save(schedule);
      return findFeeSchedule(manager, saved.id);
    });
  }
}
