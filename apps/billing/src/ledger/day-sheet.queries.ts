import { Injectable } from '@nestjs/common';
import { KnownClinic } from '@praxis/replicas';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { DaySheet, DaySheetQuery, DaySheetRow } from './dto/day-sheet.dto';

const DAY_SHEET_QUERY = `
  SELECT to_char((entry.posted_at AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS day, entry.kind, entry.posted_by,
         entry.currency, payment.method AS payment_method,
         count(DISTINCT entry.posting_id) AS postings,
         coalesce(sum(entry.amount_minor) FILTER (WHERE entry.account IN ('insurance_receivable', 'patient_receivable')), 0)
           AS receivables,
         coalesce(sum(entry.amount_minor) FILTER (WHERE entry.account = 'cash'), 0) AS collected
    FROM ledger_entries entry
    LEFT JOIN patient_payments payment ON payment.id = entry.payment_id
   WHERE (entry.posted_at AT TIME ZONE $1)::date BETWEEN $2::date AND $3::date
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5`;

/**
 * The day sheet is read from the ledger itself, so it reconciles by construction: its rows add up to the change in
 * receivables, and in money collected, that the ledger shows for the same days.
 */
@Injectable()
export class DaySheetQueries {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
  ) {}

  daySheet({ from, to }: DaySheetQuery): Promise<DaySheet> {
    return this.transactions.run(async (manager) => {
      const clinic = await manager.findOneBy(KnownClinic, { tenantId: this.context.tenantId });
      const timeZone = clinic?.timeZone ?? 'UTC';
      const rows: Record<string, string | null>[] = await manager.query(DAY_SHEET_QUERY, [timeZone, from, to]);
      return {
        from,
        to,
        timeZone,
        rows: rows.map((row) => ({
          day: row.day as string,
          kind: row.kind as DaySheetRow['kind'],
          postedBy: row.posted_by,
          currency: row.currency as DaySheetRow['currency'],
          paymentMethod: row.payment_method as DaySheetRow['paymentMethod'],
          postings: Number(row.postings),
          receivablesMinor: Number(row.receivables),
          collectedMinor: Number(row.collected),
        })),
      };
    });
  }
}
