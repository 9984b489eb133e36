import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { AgingReport, AgingRow } from './dto/aging.dto';
import { PatientBalance } from './dto/patient-balance.dto';
import { VisitBalance } from './dto/visit-balance.dto';

const bucket = (from: number, to: number | null, name: string) =>
  `coalesce(sum(open.owed) FILTER (WHERE age.days >= ${from}${to === null ? '' : ` AND age.days <= ${to}`}), 0) AS ${name}`;

const AGING_QUERY = `
  WITH open AS (
    SELECT visit_id, account, currency, sum(amount_minor) AS owed
      FROM ledger_entries
     WHERE visit_id IS NOT NULL AND account IN ('insurance_receivable', 'patient_receivable')
       AND ($2::uuid IS NULL OR patient_id = $2)
     GROUP BY visit_id, account, currency
    HAVING sum(amount_minor) <> 0)
  SELECT CASE open.account WHEN 'insurance_receivable' THEN 'payer' ELSE 'patient' END AS owed_by,
         CASE open.account WHEN 'insurance_receivable' THEN visit.payer_id ELSE visit.patient_id::text END AS debtor_id,
         open.currency,
         ${bucket(0, 30, 'days_0_30')}, ${bucket(31, 60, 'days_31_60')}, ${bucket(61, 90, 'days_61_90')},
         ${bucket(91, 120, 'days_91_120')}, ${bucket(121, null, 'over_120')}, sum(open.owed) AS total
    FROM open
    JOIN billing_visits visit ON visit.id = open.visit_id
   CROSS JOIN LATERAL (SELECT ($1::timestamptz AT TIME ZONE visit.time_zone)::date - visit.date_of_service AS days) age
   GROUP BY 1, 2, 3
   ORDER BY 1, 2, 3`;

/** Balances are always summed from the ledger's lines; nothing stores a balance that could drift from them. */
@Injectable()
export class BalancesQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  patient(patientId: string): Promise<PatientBalance> {
    return this.transactions.run(async (manager) => {
      const rows: { currency: string; insurance: string; patient: string; credit: string }[] = await manager.query(
        `SELECT currency,
                coalesce(sum(amount_minor) FILTER (WHERE account = 'insurance_receivable'), 0) AS insurance,
                coalesce(sum(amount_minor) FILTER (WHERE account = 'patient_receivable'), 0) AS patient,
                coalesce(-sum(amount_minor) FILTER (WHERE account = 'patient_credit'), 0) AS credit
           FROM ledger_entries WHERE patient_id = $1 GROUP BY currency ORDER BY currency`,
        [patientId],
      );
      return {
        patientId,
        balances: rows.map(({ currency, insurance, patient, credit }) => ({
          currency: currency as PatientBalance['balances'][number]['currency'],
          insurancePendingMinor: Number(insurance),
          patientResponsibilityMinor: Number(patient),
          creditMinor: Number(credit),
        })),
      };
    });
  }

  /** One visit's receivables: its charges less what insurers and the patient paid, adjusted or moved. */
  visit(visitId: string): Promise<VisitBalance> {
    return this.transactions.run(async (manager) => {
      const [visit] = await manager.query(`SELECT 1 FROM billing_visits WHERE id = $1`, [visitId]);
      if (!visit) throw new NotFoundError('visit', visitId);
      const rows: { currency: string; insurance: string; patient: string }[] = await manager.query(
        `SELECT currency,
                coalesce(sum(amount_minor) FILTER (WHERE account = 'insurance_receivable'), 0) AS insurance,
                coalesce(sum(amount_minor) FILTER (WHERE account = 'patient_receivable'), 0) AS patient
           FROM ledger_entries WHERE visit_id = $1 GROUP BY currency ORDER BY currency`,
        [visitId],
      );
      return {
        visitId,
        balances: rows.map(({ currency, insurance, patient }) => ({
          currency: currency as VisitBalance['balances'][number]['currency'],
          insurancePendingMinor: Number(insurance),
          patientResponsibilityMinor: Number(patient),
        })),
      };
    });
  }

  /** Accounts receivable aging: each visit's open receivables, by payer and by patient, in 30-day buckets. */
  aging(asOf: Date): Promise<AgingReport> {
    return this.transactions.run(async (manager) => ({ asOf, rows: await agingRows(manager, asOf) }));
  }
}

/** The aging rows of the whole clinic, or of one patient's visits (what they and their payers owe). */
export const agingRows = async (
  manager: EntityManager,
  asOf: Date,
  patientId: string | null = null,
): Promise<AgingRow[]> => {
  const rows: Record<string, string>[] = await manager.query(AGING_QUERY, [asOf, patientId]);
  return rows.map((row) => ({
    owedBy: row.owed_by as AgingRow['owedBy'],
    debtorId: row.debtor_id,
    currency: row.currency as AgingRow['currency'],
    days0To30Minor: Number(row.days_0_30),
    days31To60Minor: Number(row.days_31_60),
    days61To90Minor: Number(row.days_61_90),
    days91To120Minor: Number(row.days_91_120),
    over120DaysMinor: Number(row.over_120),
    totalMinor: Number(row.total),
  }));
};
