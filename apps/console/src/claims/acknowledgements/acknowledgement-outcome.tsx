import { Link } from 'react-aria-components';
import type { Schemas } from '../../api/client';
import { claimPath } from '../claim-detail/claim-path';

type Acknowledgement = Schemas['AcknowledgementView'];

const OUTCOME_WORDS: Record<Acknowledgement['claims'][number]['outcome'], string> = {
  acknowledged: 'Acknowledged',
  accepted: 'Accepted',
  rejected: 'Rejected',
  unchanged: 'Unchanged: the claim had already moved past this answer',
};

/** What the applied file did to each claim it names, with the reasons for a rejection. */
export const AcknowledgementOutcome = ({ acknowledgement }: { acknowledgement: Acknowledgement }) => (
  <section aria-labelledby="acknowledgement-outcome">
    <h2 id="acknowledgement-outcome">{`${acknowledgement.kind} applied`}</h2>
    <p role="status">
      {acknowledgement.duplicate
        ? 'This file had been applied before: nothing changed this time.'
        : `The ${acknowledgement.kind} named ${acknowledgement.claims.length} claims.`}
    </p>
    <table className="data-table">
      <caption>{`Claims the ${acknowledgement.kind} named`}</caption>
      <thead>
        <tr>
          <th scope="col">Claim number</th>
          <th scope="col">Outcome</th>
          <th scope="col">Reasons</th>
        </tr>
      </thead>
      <tbody>
        {acknowledgement.claims.map((claim) => (
          <tr key={claim.claimId}>
            <th scope="row">
              <Link href={claimPath(claim.claimId)}>{claim.patientControlNumber}</Link>
            </th>
            <td>{OUTCOME_WORDS[claim.outcome]}</td>
            <td>{(claim.reasons ?? []).map(({ message }) => message).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </section>
);
