import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { billingRefusal } from '../../billing/billing-wording';
import { usePatientNames } from '../../calendar/day-data';
import { spokenDate } from '../../calendar/wall-clock';
import { useClaimsIn } from '../../claims/claims-data';
import { Choice, FormProblem } from '../../patients/form-fields';
import { type UnmatchedClaimPayment, useMatchClaimPayment } from '../remittances-data';

/** A payment can answer only a claim the payer accepted and has not decided yet. */
const useClaimsAwaitingPayment = () => {
  const claims = useClaimsIn('accepted').data?.pages.flatMap((page) => page.items) ?? [];
  const names = usePatientNames(claims.map((claim) => claim.patientId));
  return Object.fromEntries(
    claims.map((claim) => [
      claim.id,
      `${names.get(claim.patientId) ?? 'Patient'}, ${spokenDate(claim.dateOfService)}, claim ${claim.patientControlNumber}`,
    ]),
  );
};

/** The claim a payment was posted to, as the clerk chose it from the list. */
export interface PostedPayment {
  payment: UnmatchedClaimPayment;
  claimId: string;
  claimInWords: string;
}

interface MatchClaimPaymentFormProps {
  payment: UnmatchedClaimPayment;
  onPosted(posted: PostedPayment): void;
}

/** The clerk names the claim the payer meant; the payment is then posted to it. */
export const MatchClaimPaymentForm = ({ payment, onPosted }: MatchClaimPaymentFormProps) => {
  const match = useMatchClaimPayment();
  const choices = useClaimsAwaitingPayment();
  const [claimId, setClaimId] = useState<string>();
  // Once posted, the payment leaves the list and this form with it, before a callback of the form's own could run.
  const post = async (claimPaymentId: string, chosen: string) => {
    await match.mutateAsync({ claimPaymentId, claimId: chosen });
    onPosted({ payment, claimId: chosen, claimInWords: choices[chosen] ?? 'the claim' });
  };

  return (
    <Form
      className="claim-form"
      aria-label={`Match the payment for claim ${payment.patientControlNumber}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (payment.id && claimId) void post(payment.id, claimId).catch(() => undefined);
      }}
    >
      <Choice
        name="claimId"
        label="The claim it pays"
        choices={choices}
        selected={claimId}
        onChange={setClaimId}
        isRequired
      />
      {match.error && <FormProblem problem={billingRefusal(match.error, 'The payment was not matched')} />}
      <div className="dialog-actions">
        <Button type="submit" className="primary" isDisabled={!claimId || match.isPending}>
          Match and post
        </Button>
      </div>
    </Form>
  );
};
