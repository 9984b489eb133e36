import { Link } from 'react-aria-components';
import { usePatientNames } from '../../calendar/day-data';
import { spokenDate } from '../../calendar/wall-clock';
import { type Claim, type ClaimStatus, useClaimsInFull } from '../claims-data';
import { ClaimStatusBadge } from '../claims-page';
import { claimsThat, rejectionReasonsOf } from '../claims-wording';
import { ProblemList } from '../claim-detail/problem-list';
import { claimPath } from '../claim-detail/claim-path';
import { usePayers } from '../payers/payers-data';

interface ClaimsTableProps {
  status: ClaimStatus;
  claims: Claim[];
}

/** One row a claim: who and when, the payer, and what stops it (scrub errors, or the rejection's reasons). */
export const ClaimsTable = ({ status, claims }: ClaimsTableProps) => {
  const patientNames = usePatientNames(claims.map((claim) => claim.patientId));
  const payers = usePayers();
  // A claim's rejection reasons are in its history, which only a claim read in full carries.
  const inFull = useClaimsInFull(status === 'rejected' ? claims.map((claim) => claim.id) : []);
  const payerOf = (claim: Claim) =>
    payers.data?.find((payer) => payer.electronicPayerId === claim.payerId)?.name ?? `Payer ${claim.payerId}`;
  const problemsOf = (claim: Claim) =>
    status === 'rejected'
      ? rejectionReasonsOf(inFull.get(claim.id)?.history).map(({ message }) => message)
      : claim.scrubErrors.map(({ message }) => message);
  const listed = claimsThat(status);

  return (
    <table className="data-table">
      <caption>{`Claims that ${listed}`}</caption>
      <thead>
        <tr>
          <th scope="col">Date of service</th>
          <th scope="col">Patient</th>
          <th scope="col">Payer</th>
          <th scope="col">Claim number</th>
          <th scope="col">Status</th>
          <th scope="col">{status === 'rejected' ? 'Why it was rejected' : 'What stops it'}</th>
        </tr>
      </thead>
      <tbody>
        {claims.length === 0 && (
          <tr>
            <td colSpan={6}>{`No claims ${listed}.`}</td>
          </tr>
        )}
        {claims.map((claim) => (
          <tr key={claim.id}>
            <td>{spokenDate(claim.dateOfService)}</td>
            <th scope="row">
              <Link href={claimPath(claim.id)}>{patientNames.get(claim.patientId) ?? 'Patient'}</Link>
            </th>
            <td>{payerOf(claim)}</td>
            <td>{claim.patientControlNumber}</td>
            <td>
              <ClaimStatusBadge status={claim.status} />
            </td>
            <td>
              <ProblemList problems={problemsOf(claim)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
