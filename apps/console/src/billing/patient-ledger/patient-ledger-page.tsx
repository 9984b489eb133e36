import { Link } from 'react-aria-components';
import { patientName } from '../../calendar/day-data';
import { patientPath, usePatient } from '../../patients/patient-data';
import { usePatientBalance } from '../billing-data';
import { BillingPage } from '../billing-page';
import { moneyInWords } from '../money';
import { PatientPayments } from '../payments/patient-payments';
import { PatientVisitCharges, usePatientBillingVisits } from './patient-visit-charges';

const BalanceTable = ({ patientId }: { patientId: string }) => {
  const balance = usePatientBalance(patientId);
  if (balance.isError) return <p role="alert">The balance could not be loaded. Reload the page to try again.</p>;
  if (!balance.data) return <p role="status">Loading the balance…</p>;
  if (balance.data.balances.length === 0) return <p>Nothing has been charged to this patient yet.</p>;
  return (
    <table className="data-table">
      <caption>What is owed, by who is expected to pay it</caption>
      <thead>
        <tr>
          <th scope="col">Currency</th>
          <th scope="col">Insurance pending</th>
          <th scope="col">Patient responsibility</th>
          <th scope="col">Credit</th>
        </tr>
      </thead>
      <tbody>
        {balance.data.balances.map(({ currency, insurancePendingMinor, patientResponsibilityMinor, creditMinor }) => (
          <tr key={currency}>
            <th scope="row">{currency}</th>
            <td>{moneyInWords(insurancePendingMinor, currency)}</td>
            <td>{moneyInWords(patientResponsibilityMinor, currency)}</td>
            <td>{moneyInWords(creditMinor, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

/** One patient's account: what insurers and the patient owe, what they have in credit, and each visit's charges. */
export const PatientLedgerPage = ({ patientId }: { patientId: string }) => {
  const patient = usePatient(patientId);
  const name = patient.data ? patientName(patient.data) : 'Patient';
  const billingVisits = usePatientBillingVisits(patientId);
  return (
    <BillingPage title={`Account of ${name}`} error={patient.error}>
      <p>
        <Link href={patientPath({ id: patientId })}>{`${name}’s patient page`}</Link>
      </p>
      <section aria-labelledby="balance-heading">
        <h2 id="balance-heading">Balance</h2>
        <BalanceTable patientId={patientId} />
      </section>
      <section aria-labelledby="visits-heading">
        <h2 id="visits-heading">Visits</h2>
        <PatientVisitCharges patientId={patientId} {...billingVisits} />
      </section>
      <section aria-labelledby="payments-heading">
        <h2 id="payments-heading">Payments</h2>
        <PatientPayments patientId={patientId} patient={name} visits={billingVisits.captured} />
      </section>
    </BillingPage>
  );
};
