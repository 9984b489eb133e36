import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useProviders } from '../../calendar/day-data';
import { spokenDate } from '../../calendar/wall-clock';
import { useVisitHistory } from '../../patients/patient-data';
import { type BillingVisit, useBillingVisits } from '../billing-data';
import { VisitStatusBadge } from '../billing-page';
import { VisitChargesDialog } from '../charge-review/visit-charges-dialog';
import { totalOf } from '../charge-review/visit-total';
import { usePayerNames } from '../payer-names';

/** The patient's completed visits, newest first, as their history lists them; billing's visit has the appointment's id. */
export const usePatientBillingVisits = (patientId: string) => {
  const history = useVisitHistory(patientId);
  const completed = (history.data ?? [])
    .filter((visit) => visit.status === 'completed')
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  const visits = useBillingVisits(completed.map((visit) => visit.id));
  return { history, visits, captured: visits.flatMap(({ data }) => (data ? [data] : [])) };
};

type PatientBillingVisits = ReturnType<typeof usePatientBillingVisits>;

/** Each completed visit with what billing made of it; opened, it is reviewed as on the worklist. */
export const PatientVisitCharges = ({ patientId, history, visits }: { patientId: string } & PatientBillingVisits) => {
  const providers = useProviders();
  const payers = usePayerNames([patientId]);
  const [open, setOpen] = useState<BillingVisit>();
  const providerOf = (visit: BillingVisit) =>
    providers.data?.find(({ id }) => id === visit.providerId)?.displayName ?? '';
  const billedTo = (visit: BillingVisit) => (visit.billTo === 'patient' ? 'Patient' : payers.nameOf(visit.payerId));

  if (history.isError) return <p role="alert">The visits could not be loaded. Reload the page to try again.</p>;
  if (!history.data) return <p role="status">Loading visits…</p>;
  if (visits.length === 0) return <p>This patient has no completed visits yet.</p>;
  return (
    <>
      <table className="data-table">
        <caption>Completed visits and their charges, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date of service</th>
            <th scope="col">Provider</th>
            <th scope="col">Billed to</th>
            <th scope="col">Charges</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {visits.map(({ id, data, isPending }) => (
            <tr key={id}>
              {data ? (
                <>
                  <th scope="row">
                    <Button
                      className="link-button"
                      aria-label={`Review the charges of ${spokenDate(data.dateOfService)}`}
                      onPress={() => setOpen(data)}
                    >
                      {spokenDate(data.dateOfService)}
                    </Button>
                  </th>
                  <td>{providerOf(data)}</td>
                  <td>{billedTo(data)}</td>
                  <td>{totalOf(data)}</td>
                  <td>
                    <VisitStatusBadge status={data.status} />
                  </td>
                </>
              ) : (
                <td colSpan={5}>{isPending ? 'Loading…' : 'Completed; not yet in billing.'}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {open && <VisitChargesDialog visit={open} onClose={() => setOpen(undefined)} />}
    </>
  );
};
