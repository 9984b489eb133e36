import { Link } from 'react-aria-components';
import { usePatientNames } from '../../calendar/day-data';
import { claimPath } from '../claim-detail/claim-path';
import { useClaimsInFull } from '../claims-data';
import { ClaimStatusBadge } from '../claims-page';
import { CLAIM_STATUS_WORDS } from '../claims-wording';
import { submissionName, submissionStatusInWords } from './submission-words';
import { submissionPath, useSubmission } from './submissions-data';

/** A submission as it goes: its file's state, and each claim in it with where it stands now. */
export const SubmissionProgress = ({ submissionId }: { submissionId: string }) => {
  const { data: submission, error } = useSubmission(submissionId);
  const claimIds = submission?.claims.map(({ claimId }) => claimId) ?? [];
  const claims = useClaimsInFull(claimIds);
  const names = usePatientNames([...claims.values()].map(({ patientId }) => patientId));
  if (error) return <p role="alert">The submission could not be read. Reload the page to follow it.</p>;
  if (!submission) return <p role="status">Submitting…</p>;
  const patientOf = (claimId: string) => names.get(claims.get(claimId)?.patientId ?? '') ?? 'Patient';

  return (
    <div className="claim-form">
      <p role="status">
        <Link href={submissionPath(submission.id)}>{submissionName(submission)}</Link>
        {`: ${submissionStatusInWords(submission)}`}
      </p>
      {submission.claims.length > 0 && (
        <table className="data-table">
          <caption>{`Claims in ${submissionName(submission).toLowerCase()}`}</caption>
          <thead>
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Claim number</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {submission.claims.map((claim) => (
              <tr key={claim.claimId} aria-label={`${patientOf(claim.claimId)}: ${CLAIM_STATUS_WORDS[claim.status]}`}>
                <th scope="row">
                  <Link href={claimPath(claim.claimId)}>{patientOf(claim.claimId)}</Link>
                </th>
                <td>{claim.patientControlNumber}</td>
                <td>
                  <ClaimStatusBadge status={claim.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
};
