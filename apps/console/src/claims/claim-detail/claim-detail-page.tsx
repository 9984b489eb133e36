import { useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { billingRefusal } from '../../billing/billing-wording';
import { usePatientNames, useProviders } from '../../calendar/day-data';
import { spokenDate } from '../../calendar/wall-clock';
import { useWorksClaims } from '../claims-access';
import { type Claim, useClaim, useScrubClaim } from '../claims-data';
import { ClaimStatusBadge, ClaimsPage } from '../claims-page';
import { asSentence, rejectionReasonsOf, submissionIdOf } from '../claims-wording';
import { usePayers } from '../payers/payers-data';
import { submissionPath } from '../submissions/submissions-data';
import { ClaimHistory } from './claim-history';
import { ClaimLines } from './claim-lines';
import { FixClaimForm } from './fix-claim-form';
import { ScrubErrors } from './scrub-errors';
import { VoidClaimForm } from './void-claim-form';

type OpenForm = 'fix' | 'void';
type Outcome = { done?: string; refused?: string };

/** Who the claim is for, who is asked to pay, and its numbers. */
const ClaimFacts = ({ claim }: { claim: Claim }) => {
  const patient = usePatientNames([claim.patientId]).get(claim.patientId) ?? 'Patient';
  const provider = useProviders().data?.find(({ id }) => id === claim.providerId)?.displayName ?? '';
  const payer = usePayers().data?.find(({ electronicPayerId }) => electronicPayerId === claim.payerId);
  const submissionId = submissionIdOf(claim.history);
  return (
    <dl className="claim-facts">
      <dt>Patient</dt>
      <dd>
        <Link href={`/patients/${claim.patientId}`}>{patient}</Link>
      </dd>
      <dt>Payer</dt>
      <dd>
        {payer ? `${payer.name} (${claim.payerId}), ${claim.responsibility}` : `Payer ${claim.payerId} is not set up`}
      </dd>
      <dt>Date of service</dt>
      <dd>{spokenDate(claim.dateOfService)}</dd>
      <dt>Rendering provider</dt>
      <dd>{provider}</dd>
      <dt>Claim number</dt>
      <dd>{claim.patientControlNumber}</dd>
      <dt>Payer’s claim number</dt>
      <dd>{claim.payerClaimControlNumber ?? 'None yet'}</dd>
      <dt>Sent in</dt>
      <dd>
        {submissionId ? <Link href={submissionPath(submissionId)}>The claim file it was sent in</Link> : 'Not sent yet'}
      </dd>
      <dt>Status</dt>
      <dd>
        <ClaimStatusBadge status={claim.status} />
      </dd>
    </dl>
  );
};

/** One claim as the clerk works it: what it holds, what stops it, what happened to it, and the fixes on offer. */
export const ClaimDetailPage = ({ claimId }: { claimId: string }) => {
  const claim = useClaim(claimId);
  const worksClaims = useWorksClaims();
  const scrub = useScrubClaim();
  const [form, setForm] = useState<OpenForm>();
  const [outcome, setOutcome] = useState<Outcome>({});
  const finish = (announcement: string) => {
    setForm(undefined);
    setOutcome({ done: announcement });
  };
  const close = () => setForm(undefined);
  const refused = (notDone: string) => (error: unknown) => setOutcome({ refused: billingRefusal(error, notDone) });
  const data = claim.data;
  const reasons = rejectionReasonsOf(data?.history);

  return (
    <ClaimsPage title={`Claim ${data?.patientControlNumber ?? ''}`.trim()} error={claim.error}>
      {data && (
        <>
          <ClaimFacts claim={data} />
          {data.scrubErrors.length > 0 && <ScrubErrors claim={data} />}
          {data.status === 'rejected' && reasons.length > 0 && (
            <section aria-labelledby="rejection">
              <h2 id="rejection">Why it was rejected</h2>
              <ul className="claim-problems">
                {reasons.map(({ code, message }) => (
                  <li key={`${code}-${message}`}>{asSentence(code ? `${message} (${code})` : message)}</li>
                ))}
              </ul>
            </section>
          )}
          {outcome.done && <p role="status">{outcome.done}</p>}
          {outcome.refused && (
            <p role="alert" className="problem">
              {outcome.refused}
            </p>
          )}
          {worksClaims && (
            <div className="claim-actions">
              <Button onPress={() => setForm('fix')}>Fix diagnoses and pointers…</Button>
              <Button
                isDisabled={scrub.isPending}
                onPress={() =>
                  scrub.mutate(data.id, {
                    onSuccess: ({ status }) =>
                      finish(status === 'ready' ? 'Scrubbed: the claim is ready.' : 'Scrubbed: it still needs fixing.'),
                    onError: refused('The claim was not scrubbed'),
                  })
                }
              >
                Scrub again
              </Button>
              <Button onPress={() => setForm('void')}>Void…</Button>
            </div>
          )}
          {form === 'fix' && (
            <FixClaimForm
              claim={data}
              onDone={() => finish('Saved and scrubbed again.')}
              onCancel={close}
              onRefused={refused('The claim was not changed')}
            />
          )}
          {form === 'void' && (
            <VoidClaimForm
              claimId={data.id}
              onDone={() => finish('The claim is voided.')}
              onCancel={close}
              onRefused={refused('The claim was not voided')}
            />
          )}
          <ClaimLines claim={data} />
          <ClaimHistory claim={data} />
        </>
      )}
      {claim.isPending && <p role="status">Loading the claim…</p>}
    </ClaimsPage>
  );
};
