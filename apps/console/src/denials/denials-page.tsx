import { useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { moneyInWords } from '../billing/money';
import { usePatientNames } from '../calendar/day-data';
import { spokenDate } from '../calendar/wall-clock';
import { claimPath } from '../claims/claim-detail/claim-path';
import { useWorksClaims } from '../claims/claims-access';
import { ClaimsPage } from '../claims/claims-page';
import { type DenialReasonGroup, type DeniedClaim, useDenials } from './denials-data';
import { DeniedClaimDialog } from './denied-claim-dialog';

interface ReasonGroupProps {
  group: DenialReasonGroup;
  patientNames: Map<string, string>;
  onWork?(claim: DeniedClaim): void;
}

const ReasonGroup = ({ group, patientNames, onWork }: ReasonGroupProps) => (
  <table className="data-table">
    <caption>{`${group.group}-${group.code}: ${group.description}`}</caption>
    <thead>
      <tr>
        <th scope="col">Patient</th>
        <th scope="col">Date of service</th>
        <th scope="col">Claim number</th>
        <th scope="col">Charged</th>
        <th scope="col">Paid</th>
        <th scope="col">Remarks</th>
        {onWork && <th scope="col">Work it</th>}
      </tr>
    </thead>
    <tbody>
      {group.claims.map((claim) => {
        const patient = patientNames.get(claim.patientId) ?? 'Patient';
        return (
          <tr key={claim.claimId}>
            <th scope="row">
              <Link href={claimPath(claim.claimId)}>{patient}</Link>
            </th>
            <td>{spokenDate(claim.dateOfService)}</td>
            <td>{claim.patientControlNumber}</td>
            <td>{moneyInWords(claim.chargedMinor, claim.currency)}</td>
            <td>{moneyInWords(claim.paidMinor, claim.currency)}</td>
            <td>{claim.remarks.map(({ code, description }) => `${code}: ${description}`).join(' ') || '—'}</td>
            {onWork && (
              <td>
                <Button
                  onPress={() => onWork(claim)}
                  aria-label={`Work the denial of ${patient}’s claim ${claim.patientControlNumber}`}
                >
                  Work the denial…
                </Button>
              </td>
            )}
          </tr>
        );
      })}
    </tbody>
  </table>
);

/** Denied and partly denied claims under each reason the payer gave, so claims denied alike are worked together. */
export const DenialsPage = () => {
  const denials = useDenials();
  const worksClaims = useWorksClaims();
  // The patient is named when the denial is opened: a corrected claim leaves the list the names are read for.
  const [working, setWorking] = useState<{ claim: DeniedClaim; patient: string }>();
  const groups = denials.data?.groups ?? [];
  const patientNames = usePatientNames(groups.flatMap((group) => group.claims.map((claim) => claim.patientId)));

  return (
    <ClaimsPage title="Denials" error={denials.error}>
      {denials.isPending && <p role="status">Loading denials…</p>}
      {!denials.isPending && groups.length === 0 && <p>No claim is denied.</p>}
      {groups.map((group) => (
        <ReasonGroup
          key={`${group.group}-${group.code}`}
          group={group}
          patientNames={patientNames}
          onWork={
            worksClaims
              ? (claim) => setWorking({ claim, patient: patientNames.get(claim.patientId) ?? 'Patient' })
              : undefined
          }
        />
      ))}
      {working && (
        <DeniedClaimDialog claim={working.claim} patient={working.patient} onClose={() => setWorking(undefined)} />
      )}
    </ClaimsPage>
  );
};
