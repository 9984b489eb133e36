import { Client } from 'pg';

export interface LedgerAudit {
  visits: number;
  /** Postings whose lines do not sum to zero. */
  unbalancedPostings: number;
  /** Per charge, how many times it was posted (a correction's reversal aside). */
  chargePostings: Record<string, number>;
  /** Per adjudication: its postings, the mirrors of them, and whether billing marked it reversed. */
  adjudications: Record<string, { postings: number; mirrors: number; reversed: boolean }>;
  /** Per patient: what insurance has pending, and what the patient owes less the credit they have paid, from the ledger. */
  balances: Record<string, { insurance: number; patient: number }>;
  reviews: { open: number; withdrawn: number };
  patientPayments: number;
}

const count = (rows: Array<{ key: string; n: string }>) =>
  Object.fromEntries(rows.map(({ key, n }) => [key, Number(n)]));

/** Reads what billing wrote for one clinic straight from its database, as an auditor would, not through its API. */
export const auditLedger = async (ownerUrl: string, tenantId: string): Promise<LedgerAudit> => {
  const db = new Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    await db.query(`SELECT set_config('app.tenant_id', $1, false)`, [tenantId]);
    const rows = async <T>(sql: string) => (await db.query(sql)).rows as T[];
    const [visits] = await rows<{ n: string }>(`SELECT count(*) AS n FROM billing_visits`);
    const [unbalanced] = await rows<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM ledger_entries GROUP BY posting_id HAVING sum(amount_minor) <> 0) p`,
    );
    const charges = await rows<{ key: string; n: string }>(
      `SELECT c.id AS key, count(DISTINCT e.posting_id) AS n FROM billing_charges c
         LEFT JOIN ledger_entries e ON e.charge_id = c.id AND e.kind = 'charge' GROUP BY c.id`,
    );
    const adjudications = await rows<{ key: string; postings: string; mirrors: string; reversed: boolean }>(
      `SELECT r.adjudication_id AS key, r.reversed_at IS NOT NULL AS reversed,
              count(DISTINCT e.posting_id) FILTER (WHERE e.kind <> 'reversal') AS postings,
              count(DISTINCT e.posting_id) FILTER (WHERE e.kind = 'reversal') AS mirrors
         FROM remittance_postings r LEFT JOIN ledger_entries e ON e.adjudication_id = r.adjudication_id
        GROUP BY r.adjudication_id, r.reversed_at`,
    );
    const balances = await rows<{ key: string; insurance: string; patient: string }>(
      `SELECT patient_id AS key,
              coalesce(sum(amount_minor) FILTER (WHERE account = 'insurance_receivable'), 0) AS insurance,
              coalesce(sum(amount_minor) FILTER (WHERE account IN ('patient_receivable', 'patient_credit')), 0) AS patient
         FROM ledger_entries GROUP BY patient_id`,
    );
    const [payments] = await rows<{ n: string }>(
      `SELECT count(DISTINCT posting_id) AS n FROM ledger_entries WHERE kind = 'patient_payment'`,
    );
    const reviews = count(
      await rows<{ key: string; n: string }>(`SELECT status AS key, count(*) AS n FROM adjustment_reviews GROUP BY 1`),
    );
    return {
      visits: Number(visits.n),
      unbalancedPostings: Number(unbalanced.n),
      chargePostings: count(charges),
      adjudications: Object.fromEntries(
        adjudications.map(({ key, postings, mirrors, reversed }) => [
          key,
          { postings: Number(postings), mirrors: Number(mirrors), reversed },
        ]),
      ),
      balances: Object.fromEntries(
        balances.map(({ key, insurance, patient }) => [
          key,
          { insurance: Number(insurance), patient: Number(patient) },
        ]),
      ),
      reviews: { open: reviews.open ?? 0, withdrawn: reviews.withdrawn ?? 0 },
      patientPayments: Number(payments.n),
    };
  } finally {
    await db.end();
  }
};
