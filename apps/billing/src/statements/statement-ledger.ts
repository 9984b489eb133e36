import type { CurrencyCode } from '@praxis/domain';
import { UnprocessableError } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { agingRows } from '../ledger/balances.queries';
import type { StatementAging, StatementCharge, StatementTotals, StatementVisit } from './statement-content';

/**
 * Per visit (and for lines of no visit), what the patient's ledger lines add up to. A line "moves money" when its posting touches cash or the
 * patient's unapplied credit: on a receivable that is a payment (or its refund or reversal), not a charge, an
 * adjustment or a transfer between insurer and patient.
 */
const VISIT_SUMS = `
  WITH line AS (
    SELECT visit_id, account, amount_minor, currency,
           bool_or(account IN ('cash', 'patient_credit')) OVER (PARTITION BY posting_id) AS moves_money
      FROM ledger_entries
     WHERE patient_id = $1)
  SELECT visit_id, currency,
         coalesce(-sum(amount_minor) FILTER (WHERE account = 'revenue'), 0) AS charges,
         coalesce(-sum(amount_minor) FILTER (WHERE account = 'insurance_receivable' AND moves_money), 0) AS insurance_paid,
         coalesce(sum(amount_minor) FILTER (WHERE account IN ('contractual_adjustment', 'write_off')), 0) AS adjustments,
         coalesce(-sum(amount_minor) FILTER (WHERE account = 'patient_receivable' AND moves_money), 0) AS patient_paid,
         coalesce(sum(amount_minor) FILTER (WHERE account = 'insurance_receivable'), 0) AS insurance_pending,
         coalesce(sum(amount_minor) FILTER (WHERE account = 'patient_receivable'), 0) AS patient_owes,
         coalesce(sum(amount_minor) FILTER (WHERE account = 'patient_credit'), 0) AS credit
    FROM line
   GROUP BY visit_id, currency`;

/** The charge lines still standing on the ledger (a voided line nets to zero and is left out). */
const CHARGE_LINES = `
  SELECT charge.visit_id, charge.procedure_code, charge.modifiers, charge.units, -sum(entry.amount_minor) AS amount
    FROM ledger_entries entry
    JOIN billing_charges charge ON charge.id = entry.charge_id
   WHERE entry.patient_id = $1 AND entry.account = 'revenue' AND charge.visit_id = ANY($2)
   GROUP BY charge.id
  HAVING sum(entry.amount_minor) <> 0
   ORDER BY charge.line_number, charge.corrects_charge_id NULLS FIRST`;

type VisitSumsRow = Record<
  'charges' | 'insurance_paid' | 'adjustments' | 'patient_paid' | 'insurance_pending' | 'patient_owes' | 'credit',
  string
> & { visit_id: string | null; currency: CurrencyCode };

export interface PatientLedger {
  currency: CurrencyCode;
  visits: StatementVisit[];
  unappliedCreditMinor: number;
  totals: StatementTotals;
  aging: StatementAging;
}

export class SeveralCurrenciesDueError extends UnprocessableError {
  constructor() {
    super('the patient owes in more than one currency; a statement is in one');
  }
}

type VisitAmount = { [K in keyof StatementVisit]: StatementVisit[K] extends number ? K : never }[keyof StatementVisit];

const sumOf = (visits: StatementVisit[], field: VisitAmount): number =>
  visits.reduce((total, visit) => total + visit[field], 0);

/** What the patient owes in the currency they owe in, with nothing owed as null. Always summed from the ledger. */
export const readPatientLedger = async (
  manager: EntityManager,
  patientId: string,
  asOf: Date,
): Promise<PatientLedger | null> => {
  const rows: VisitSumsRow[] = await manager.query(VISIT_SUMS, [patientId]);
  const currency = currencyDue(rows);
  if (currency === null) return null;
  const inCurrency = rows.filter((row) => row.currency === currency);
  const open = inCurrency.filter(
    (row) => row.visit_id !== null && (row.insurance_pending !== '0' || row.patient_owes !== '0'),
  );
  const visits = await visitsOf(manager, patientId, open);
  const unappliedCreditMinor = -inCurrency.reduce(
    (total, row) => total + Number(row.credit) + (row.visit_id === null ? Number(row.patient_owes) : 0),
    0,
  );
  const totals: StatementTotals = {
    chargesMinor: sumOf(visits, 'chargesMinor'),
    insurancePaidMinor: sumOf(visits, 'insurancePaidMinor'),
    adjustmentsMinor: sumOf(visits, 'adjustmentsMinor'),
    patientPaidMinor: sumOf(visits, 'patientPaidMinor'),
    insurancePendingMinor: sumOf(visits, 'insurancePendingMinor'),
    balanceDueMinor: sumOf(visits, 'patientOwesMinor') - unappliedCreditMinor,
  };
  return { currency, visits, unappliedCreditMinor, totals, aging: await agingOf(manager, patientId, asOf, currency) };
};

const currencyDue = (rows: VisitSumsRow[]): CurrencyCode | null => {
  const owed = new Map<CurrencyCode, number>();
  for (const row of rows)
    owed.set(row.currency, (owed.get(row.currency) ?? 0) + Number(row.patient_owes) + Number(row.credit));
  const due = [...owed].filter(([, amount]) => amount > 0).map(([currency]) => currency);
  if (due.length > 1) throw new SeveralCurrenciesDueError();
  return due[0] ?? null;
};

const visitsOf = async (manager: EntityManager, patientId: string, open: VisitSumsRow[]): Promise<StatementVisit[]> => {
  const ids = open.map((row) => row.visit_id as string);
  const dates: { id: string; date_of_service: string }[] = await manager.query(
    `SELECT id, to_char(date_of_service, 'YYYY-MM-DD') AS date_of_service FROM billing_visits WHERE id = ANY($1)`,
    [ids],
  );
  const lines: Array<Record<string, string> & { modifiers: string[]; units: number }> = await manager.query(
    CHARGE_LINES,
    [patientId, ids],
  );
  const dateOf = new Map(dates.map((visit) => [visit.id, visit.date_of_service]));
  return open
    .map((row) => {
      const visitId = row.visit_id as string;
      const charges: StatementCharge[] = lines
        .filter((line) => line.visit_id === visitId)
        .map((line) => ({
          procedureCode: line.procedure_code,
          modifiers: line.modifiers,
          units: line.units,
          amountMinor: Number(line.amount),
        }));
      return {
        visitId,
        dateOfService: dateOf.get(visitId) ?? '',
        charges,
        chargesMinor: Number(row.charges),
        insurancePaidMinor: Number(row.insurance_paid),
        adjustmentsMinor: Number(row.adjustments),
        patientPaidMinor: Number(row.patient_paid),
        insurancePendingMinor: Number(row.insurance_pending),
        patientOwesMinor: Number(row.patient_owes),
      };
    })
    .sort((a, b) => a.dateOfService.localeCompare(b.dateOfService) || a.visitId.localeCompare(b.visitId));
};

/** The patient's share of the clinic's A/R aging, from the same query the aging report runs. */
const agingOf = async (
  manager: EntityManager,
  patientId: string,
  asOf: Date,
  currency: CurrencyCode,
): Promise<StatementAging> => {
  const row = (await agingRows(manager, asOf, patientId)).find(
    (aging) => aging.owedBy === 'patient' && aging.currency === currency,
  );
  return {
    due0To30Minor: row?.days0To30Minor ?? 0,
    due31To60Minor: row?.days31To60Minor ?? 0,
    due61To90Minor: row?.days61To90Minor ?? 0,
    due91To120Minor: row?.days91To120Minor ?? 0,
    dueOver120Minor: row?.over120DaysMinor ?? 0,
  };
};
