import type { ReactNode } from 'react';
import { Link } from 'react-aria-components';
import { usePatientNames } from '../../calendar/day-data';
import { type AgingRow, useAging } from '../billing-data';
import { BillingPage } from '../billing-page';
import { ledgerPath } from '../patient-ledger/ledger-path';
import { moneyInWords } from '../money';

const BUCKETS: Array<{ key: keyof AgingRow; label: string }> = [
  { key: 'days0To30Minor', label: '0–30 days' },
  { key: 'days31To60Minor', label: '31–60 days' },
  { key: 'days61To90Minor', label: '61–90 days' },
  { key: 'days91To120Minor', label: '91–120 days' },
  { key: 'over120DaysMinor', label: 'Over 120 days' },
  { key: 'totalMinor', label: 'Total' },
];

interface AgingTableProps {
  caption: string;
  debtor: string;
  rows: AgingRow[];
  nameOf(row: AgingRow): ReactNode;
}

const AgingTable = ({ caption, debtor, rows, nameOf }: AgingTableProps) =>
  rows.length === 0 ? (
    <p>{`${caption}: nothing is owed.`}</p>
  ) : (
    <table className="data-table amounts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{debtor}</th>
          {BUCKETS.map(({ label }) => (
            <th scope="col" key={label}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.debtorId}-${row.currency}`}>
            <th scope="row">{nameOf(row)}</th>
            {BUCKETS.map(({ key }) => (
              <td key={key}>{moneyInWords(Number(row[key]), row.currency)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );

/** What insurers and patients owe, by how long ago the visits were: the clerk works the oldest first. */
export const AgingPage = () => {
  const aging = useAging();
  const rows = aging.data?.rows ?? [];
  const byPayer = rows.filter((row) => row.owedBy === 'payer');
  const byPatient = rows.filter((row) => row.owedBy === 'patient');
  const patientNames = usePatientNames(byPatient.map((row) => row.debtorId));

  return (
    <BillingPage title="A/R aging" error={aging.error}>
      {!aging.data ? (
        <p role="status">Loading the aging…</p>
      ) : (
        <>
          <p className="hint">
            {`As of ${new Date(aging.data.asOf).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}; each visit’s age counts from its date of service.`}
          </p>
          <section aria-labelledby="by-payer-heading">
            <h2 id="by-payer-heading">Owed by payers</h2>
            <AgingTable
              caption="Insurance receivables by payer"
              debtor="Payer"
              rows={byPayer}
              nameOf={(row) => row.debtorId}
            />
          </section>
          <section aria-labelledby="by-patient-heading">
            <h2 id="by-patient-heading">Owed by patients</h2>
            <AgingTable
              caption="Patient receivables by patient"
              debtor="Patient"
              rows={byPatient}
              nameOf={(row) => (
                <Link href={ledgerPath(row.debtorId)}>{patientNames.get(row.debtorId) ?? 'Patient'}</Link>
              )}
            />
          </section>
        </>
      )}
    </BillingPage>
  );
};
