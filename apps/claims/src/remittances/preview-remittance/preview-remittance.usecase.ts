import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { findClaimFor } from '../claim-matching';
import { RemittanceFileView } from '../dto/remittance.dto';
import { ReadRemittance, readRemittanceFile } from '../remittance-file-reading';
import { claimPaymentRowOf, paymentKeyOf, remittanceRowOf } from '../remittance-records';
import { transactionViewOf } from '../remittance-views';
import { Remittance } from '../remittance.entity';
import { PreviewRemittanceCommand } from './preview-remittance.command';

/**
 * Reads an 835 exactly as posting would, and says what posting it would find: each payment's balance, whether it
 * was received before, and the claim each claim payment names. Nothing is stored or announced.
 */
@Injectable()
export class PreviewRemittance {
  constructor(private readonly transactions: TenantTransactions) {}

  execute(command: PreviewRemittanceCommand): Promise<RemittanceFileView> {
    const readings = readRemittanceFile(command.content);
    return this.transactions.run(async (manager) => {
      const transactions = [];
      for (const reading of readings) transactions.push(await this.preview(manager, reading));
      return { transactions };
    });
  }

  private async preview(manager: EntityManager, reading: ReadRemittance) {
    const duplicate = await manager.existsBy(Remittance, paymentKeyOf(reading.remittance));
    const remittance = remittanceRowOf(reading);
    const payments = [];
    for (const [position, claim] of reading.remittance.claims.entries()) {
      const payment = claimPaymentRowOf(claim, position, remittance);
      const found = await findClaimFor(manager, payment);
      payments.push({
        ...payment,
        ...('claim' in found ? { matchedClaimId: found.claim.id } : { unmatchedReason: found.reason }),
      });
    }
    return transactionViewOf(remittance, payments, { duplicate, stored: false });
  }
}
