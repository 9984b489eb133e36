import { Button } from 'react-aria-components';
import { moneyInWords } from '../../billing/money';
import { spokenDate } from '../../calendar/wall-clock';
import { ClaimsPage } from '../../claims/claims-page';
import { useWorksClaims } from '../../claims/claims-access';
import { useUnmatchedClaimPayments } from '../remittances-data';
import { MatchClaimPaymentForm } from './match-claim-payment-form';

/** An 835 is a United States transaction: its amounts are dollars, so the unmatched list carries no currency. */
const ERA_CURRENCY = 'USD';

/** Claim payments no claim of the clinic could be named for: each waits until a clerk names its claim. */
export const UnmatchedPaymentsPage = () => {
  const unmatched = useUnmatchedClaimPayments();
  const worksClaims = useWorksClaims();
  const payments = unmatched.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <ClaimsPage title="Unmatched payments" error={unmatched.error}>
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
          {worksClaims && <MatchClaimPaymentForm payment={payment} />}
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
