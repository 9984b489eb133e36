import { useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { moneyInWords } from '../../billing/money';
import { spokenDate } from '../../calendar/wall-clock';
import { claimPath } from '../../claims/claim-detail/claim-path';
import { ClaimsPage } from '../../claims/claims-page';
import { useWorksClaims } from '../../claims/claims-access';
import { remittancePath } from '../remittance-paths';
import { useUnmatchedClaimPayments } from '../remittances-data';
import { MatchClaimPaymentForm, type PostedPayment } from './match-claim-payment-form';

/** An 835 is a United States transaction: its amounts are dollars, so the unmatched list carries no currency. */
const ERA_CURRENCY = 'USD';

/** The payment leaves the list once posted, so what became of it is said where it was, with the way to both records. */
const Posted = ({ posted: { payment, claimId, claimInWords } }: { posted: PostedPayment }) => (
  <section aria-label="The payment matched last" className="claim-payment">
    <p role="status">{`The payment for claim ${payment.patientControlNumber} is posted to ${claimInWords}.`}</p>
    <p className="claim-actions">
      <Link href={claimPath(claimId)}>Open the claim it paid</Link>
      <Link href={remittancePath(payment.remittanceId)}>{`Open the remittance ${payment.traceNumber}`}</Link>
    </p>
  </section>
);

/** Claim payments no claim of the clinic could be named for: each waits until a clerk names its claim. */
export const UnmatchedPaymentsPage = () => {
  const unmatched = useUnmatchedClaimPayments();
  const worksClaims = useWorksClaims();
  const payments = unmatched.data?.pages.flatMap((page) => page.items) ?? [];
  const [posted, setPosted] = useState<PostedPayment>();

  return (
    <ClaimsPage title="Unmatched payments" error={unmatched.error}>
      {posted && <Posted posted={posted} />}
      {unmatched.isPending && <p role="status">Loading unmatched payments…</p>}
      {!unmatched.isPending && payments.length === 0 && <p>Every payment received has been matched to its claim.</p>}
      {payments.map((payment) => (
        <section
          key={payment.id}
          aria-label={`Payment for claim ${payment.patientControlNumber}`}
          className="claim-payment"
        >
          <h2>{`Claim ${payment.patientControlNumber} from ${payment.payerName}`}</h2>
          <dl className="claim-facts">
            <dt>Paid on</dt>
            <dd>{spokenDate(payment.paymentDate)}</dd>
            <dt>Trace number</dt>
            <dd>{payment.traceNumber}</dd>
            <dt>Payer’s claim number</dt>
            <dd>{payment.payerClaimControlNumber}</dd>
            <dt>Charged</dt>
            <dd>{moneyInWords(payment.chargeMinor, ERA_CURRENCY)}</dd>
            <dt>Paid</dt>
            <dd>{moneyInWords(payment.paidMinor, ERA_CURRENCY)}</dd>
            <dt>Why it waits</dt>
            <dd>{payment.unmatchedReason ?? 'No claim of the clinic has this number'}</dd>
          </dl>
          {worksClaims && <MatchClaimPaymentForm payment={payment} onPosted={setPosted} />}
        </section>
      ))}
      {unmatched.hasNextPage && (
        <Button onPress={() => void unmatched.fetchNextPage()} isDisabled={unmatched.isFetchingNextPage}>
          Show more payments
        </Button>
      )}
    </ClaimsPage>
  );
};
