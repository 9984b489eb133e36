import { Injectable } from '@nestjs/common';
import { money } from '@praxis/domain';
import { EntityManager } from 'typeorm';
import { Ledger } from '../../ledger/ledger';
import { postings } from '../../ledger/ledger-postings';
import { PostProviderAdjustmentsCommand } from './post-provider-adjustments.command';

/**
 * Posts a remittance's clinic-level adjustments (interest, recoupments, forwarded balances) to the clinic's own
 * account, never a patient's, once per remittance: the same remittance heard again, even under a new event id,
 * posts nothing.
 */
@Injectable()
export class PostProviderAdjustments {
  constructor(private readonly ledger: Ledger) {}

  async execute(manager: EntityManager, { tenantId, remittance, now }: PostProviderAdjustmentsCommand) {
    const { remittanceId, payerName, traceNumber, currency, adjustments } = remittance;
    const totalMinor = adjustments.reduce((total, { amountMinor }) => total + amountMinor, 0);
    const recorded: unknown[] = await manager.query(
      `INSERT INTO provider_adjustment_postings
         (remittance_id, tenant_id, payer_name, trace_number, currency, total_minor, posted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (remittance_id) DO NOTHING RETURNING remittance_id`,
      [remittanceId, tenantId, payerName, traceNumber, currency, totalMinor, now],
    );
    if (recorded.length === 0) return;
    const context = { tenantId, patientId: null, postedAt: now, postedBy: null };
    await this.ledger.postAll(
      manager,
      adjustments
        .filter(({ amountMinor }) => amountMinor !== 0)
        .map(({ amountMinor }) => ({ posting: postings.providerAdjustment(money(amountMinor, currency)), context })),
    );
  }
}
