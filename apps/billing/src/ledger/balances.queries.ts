import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { PatientBalance } from './dto/patient-balance.dto';

/** Balances are always summed from the ledger's lines; nothing stores a balance that could drift from them. */
@Injectable()
export class BalancesQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  patient(patientId: string): Promise<PatientBalance> {
    return this.transactions.run(async (manager) => {
      const rows: { currency: string; insurance: string; patient: string }[] = await manager.query(
        `SELECT currency,
                coalesce(sum(amount_minor) FILTER (WHERE account = 'insurance_receivable'), 0) AS insurance,
                coalesce(sum(amount_minor) FILTER (WHERE account = 'patient_receivable'), 0) AS patient
           FROM ledger_entries WHERE patient_id = $1 GROUP BY currency ORDER BY currency`,
        [patientId],
      );
      return {
        patientId,
        balances: rows.map(({ currency, insurance, patient }) => ({
          currency: currency as PatientBalance['balances'][number]['currency'],
          insurancePendingMinor: Number(insurance),
          patientResponsibilityMinor: Number(patient),
        })),
      };
    });
  }
}
