import { useSignedInPerson } from '../../session/signed-in-person';
import type { Claim, HistoryEntry } from '../claims-data';
import { CLAIM_STATUS_WORDS, rejectionReasonsOf } from '../claims-wording';
import { useClinicClock } from '../clinic-clock';

const whatChanged = (entry: HistoryEntry): string =>
  entry.fromStatus === null || entry.fromStatus === entry.toStatus
    ? CLAIM_STATUS_WORDS[entry.toStatus]
    : `${CLAIM_STATUS_WORDS[entry.fromStatus]} to ${CLAIM_STATUS_WORDS[entry.toStatus]}`;

/** Reasons and errors the entry recorded, as the service worded them. */
const detailsOf = (entry: HistoryEntry): string => {
  const reasons = rejectionReasonsOf([entry]).map(({ message }) => message);
  const errors = Array.isArray(entry.details?.errors) ? entry.details.errors.map(String) : [];
  const reason = typeof entry.details?.reason === 'string' ? [entry.details.reason] : [];
  return [...reasons, ...errors, ...reason].join('; ');
};

/** Everything that happened to the claim, oldest first, on its location's clock. */
export const ClaimHistory = ({ claim }: { claim: Claim }) => {
  const at = useClinicClock(claim.locationId);
  const me = useSignedInPerson()?.userId;
  const who = ({ actorUserId }: HistoryEntry) =>
    actorUserId === null ? 'Praxis' : actorUserId === me ? 'You' : 'A colleague';

  return (
    <table className="data-table">
      <caption>History</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What happened</th>
          <th scope="col">Status</th>
          <th scope="col">By</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {(claim.history ?? []).map((entry) => (
          <tr key={entry.id}>
            <td>{at(entry.occurredAt)}</td>
            <th scope="row">{entry.action}</th>
            <td>{whatChanged(entry)}</td>
            <td>{who(entry)}</td>
            <td>{detailsOf(entry)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
