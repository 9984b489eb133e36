import { useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { usePatientNames, useProviders } from '../../calendar/day-data';
import { spokenDate } from '../../calendar/wall-clock';
import { navigate, searchParam, useLocation } from '../../navigation/navigation';
import { type BillingVisit, useVisitsIn, type VisitStatus } from '../billing-data';
import { BillingPage, VisitStatusBadge } from '../billing-page';
import { VISIT_STATUS_WORDS } from '../billing-wording';
import { VisitChargesDialog } from './visit-charges-dialog';
import { totalOf } from './visit-total';

const STATUSES = Object.keys(VISIT_STATUS_WORDS) as VisitStatus[];

const statusIn = (location: string): VisitStatus => {
  const asked = searchParam(location, 'status');
  return STATUSES.find((status) => status === asked) ?? 'needs_review';
};

/** The clerk's worklist: completed visits by where they stand, each opened to review its lines and act on it. */
export const ChargeReviewPage = () => {
  const status = statusIn(useLocation());
  const visits = useVisitsIn(status);
  const items = visits.data?.pages.flatMap((page) => page.items) ?? [];
  const patientNames = usePatientNames(items.map((visit) => visit.patientId));
  const providers = useProviders();
  const [open, setOpen] = useState<BillingVisit>();
  const names = {
    patient: (visit: BillingVisit) => patientNames.get(visit.patientId) ?? 'Patient',
    provider: (visit: BillingVisit) => providers.data?.find(({ id }) => id === visit.providerId)?.displayName ?? '',
  };

  return (
    <BillingPage title="Charge review" error={visits.error}>
      <RadioGroup
        className="choice-strip"
        orientation="horizontal"
        value={status}
        onChange={(value) => navigate(`/billing?${new URLSearchParams({ status: value }).toString()}`)}
      >
        <Label>Visits that are</Label>
        {STATUSES.map((choice) => (
          <Radio key={choice} value={choice}>
            {VISIT_STATUS_WORDS[choice]}
          </Radio>
        ))}
      </RadioGroup>
      {visits.isPending ? (
        <p role="status">Loading visits…</p>
      ) : (
        <table className="data-table">
          <caption>{`Visits that are ${VISIT_STATUS_WORDS[status].toLowerCase()}, in the order they reached billing`}</caption>
          <thead>
            <tr>
              <th scope="col">Date of service</th>
              <th scope="col">Patient</th>
              <th scope="col">Provider</th>
              <th scope="col">Billed to</th>
              <th scope="col">Total</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.length === 0 && (
              <tr>
                <td colSpan={6}>{`No visits are ${VISIT_STATUS_WORDS[status].toLowerCase()}.`}</td>
              </tr>
            )}
            {items.map((visit) => (
              <tr key={visit.id}>
                <td>{spokenDate(visit.dateOfService)}</td>
                <th scope="row">
                  <Button
                    className="link-button"
                    aria-label={`Review the charges of ${names.patient(visit)}`}
                    onPress={() => setOpen(visit)}
                  >
                    {names.patient(visit)}
                  </Button>
                </th>
                <td>{names.provider(visit)}</td>
                <td>{visit.billTo === 'patient' ? 'Patient' : 'Insurance'}</td>
                <td>{totalOf(visit)}</td>
                <td>
                  <VisitStatusBadge status={visit.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {visits.hasNextPage && (
        <Button onPress={() => void visits.fetchNextPage()} isDisabled={visits.isFetchingNextPage}>
          Show more visits
        </Button>
      )}
      {open && <VisitChargesDialog visit={open} onClose={() => setOpen(undefined)} />}
    </BillingPage>
  );
};
