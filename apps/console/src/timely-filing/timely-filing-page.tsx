import { Link } from 'react-aria-components';
import { spokenDate } from '../calendar/wall-clock';
import { claimPath } from '../claims/claim-detail/claim-path';
import { useWorksClaims } from '../claims/claims-access';
import type { ClaimStatus } from '../claims/claims-data';
import { ClaimsPage } from '../claims/claims-page';
import { CLAIM_STATUS_WORDS } from '../claims/claims-wording';
import { SubmitReadyClaims } from '../claims/submissions/submit-ready-claims';
import { dueInWords, type FilingDeadline, useFilingDeadlines } from './timely-filing-data';

const alertsInWords = ({ alerts }: FilingDeadline): string =>
  alerts.map(({ stage }) => (stage === 0 ? 'the limit passed' : `${stage} days before`)).join(', ') || '—';

/**
 * Claims the payer has not accepted yet, soonest filing deadline first, so none is sent too late to be paid: a ready one
 * is sent from here, any other opened to be fixed.
 */
export const TimelyFilingPage = () => {
  const deadlines = useFilingDeadlines();
  const items = deadlines.data?.items ?? [];
  const worksClaims = useWorksClaims();

  return (
    <ClaimsPage title="Timely filing" error={deadlines.error}>
      {worksClaims && <SubmitReadyClaims />}
      {deadlines.isPending ? (
        <p role="status">Loading filing deadlines…</p>
      ) : (
        <table className="data-table">
          <caption>Claims by their payer’s filing deadline, soonest first</caption>
          <thead>
            <tr>
              <th scope="col">Claim number</th>
              <th scope="col">Date of service</th>
              <th scope="col">Status</th>
              <th scope="col">Filing deadline</th>
              <th scope="col">Due</th>
              <th scope="col">Alerts raised</th>
            </tr>
          </thead>
          <tbody>
            {items.length === 0 && (
              <tr>
                <td colSpan={6}>Every claim has reached its payer.</td>
              </tr>
            )}
            {items.map((item) => (
              <tr key={item.claimId}>
                <th scope="row">
                  <Link href={claimPath(item.claimId)}>{`Claim ${item.patientControlNumber}`}</Link>
                </th>
                <td>{spokenDate(item.dateOfService)}</td>
                <td>{CLAIM_STATUS_WORDS[item.status as ClaimStatus] ?? item.status}</td>
                <td>{`${spokenDate(item.filingDeadline)} (${item.timelyFilingDays} days)`}</td>
                <td>{dueInWords(item.dueInDays)}</td>
                <td>{alertsInWords(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ClaimsPage>
  );
};
