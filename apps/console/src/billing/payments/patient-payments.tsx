import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useWorksBilling } from '../billing-access';
import type { BillingVisit } from '../billing-data';
import { moneyInWords } from '../money';
import { ApplyCreditDialog } from './apply-credit-dialog';
import { type Payment, type Receipt, usePaymentsOf } from './payments-data';
import { PostPaymentDialog } from './post-payment-dialog';
import { RefundPaymentDialog } from './refund-payment-dialog';
import { howPaid } from './receipt';
import { visitsOwing } from './visits-owing';

/** Billing bills in US dollars only today: a patient with nothing charged yet pays in them. */
const DEFAULT_CURRENCY: Receipt['currency'] = 'USD';

const receivedOn = (payment: Payment): string =>
  new Date(payment.receivedAt).toLocaleDateString('en-US', { dateStyle: 'medium' });

interface PatientPaymentsProps {
  patientId: string;
  patient: string;
  /** The patient's visits billing has, to apply payments to. */
  visits: BillingVisit[];
}

/** The patient's payments and what became of each; a clerk posts a new one or applies what is left as credit. */
export const PatientPayments = ({ patientId, patient, visits }: PatientPaymentsProps) => {
  const payments = usePaymentsOf(patientId);
  const worksBilling = useWorksBilling();
  const [open, setOpen] = useState<{ post: true } | { apply: Payment } | { refund: Payment }>();
  const [announcement, setAnnouncement] = useState('');
  const items = payments.data?.items ?? [];
  const owing = visitsOwing(visits, items);
  // A visit's currency is one billing bills in, which is what a payment may be made in.
  const currency = (visits.find((visit) => visit.currency)?.currency ?? DEFAULT_CURRENCY) as Receipt['currency'];
  const done = (words: string) => {
    setOpen(undefined);
    setAnnouncement(words);
  };

  return (
    <>
      {worksBilling && (
        <div className="toolbar">
          <Button className="primary" onPress={() => setOpen({ post: true })}>
            Post a payment…
          </Button>
        </div>
      )}
      <p role="status" className="announcement">
        {announcement}
      </p>
      {payments.isError ? (
        <p role="alert">The payments could not be loaded. Reload the page to try again.</p>
      ) : !payments.data ? (
        <p role="status">Loading payments…</p>
      ) : items.length === 0 ? (
        <p>No payments from this patient yet.</p>
      ) : (
        <table className="data-table">
          <caption>Payments from the patient and where they went</caption>
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">Paid by</th>
              <th scope="col">Amount</th>
              <th scope="col">Applied</th>
              <th scope="col">Refunded</th>
              <th scope="col">Credit left</th>
              {worksBilling && <th scope="col">Refund</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((payment) => (
              <tr key={payment.id}>
                <th scope="row">{receivedOn(payment)}</th>
                <td>{payment.copayVisitId ? `${howPaid(payment)} (co-pay)` : howPaid(payment)}</td>
                <td>{moneyInWords(payment.amountMinor, payment.currency)}</td>
                <td>{moneyInWords(payment.appliedMinor, payment.currency)}</td>
                <td>{moneyInWords(payment.refundedMinor, payment.currency)}</td>
                <td>
                  {moneyInWords(payment.unappliedMinor, payment.currency)}
                  {worksBilling && payment.unappliedMinor > 0 && (
                    <Button
                      aria-label={`Apply the credit of ${moneyInWords(payment.unappliedMinor, payment.currency)} from ${howPaid(payment)}`}
                      onPress={() => setOpen({ apply: payment })}
                    >
                      Apply…
                    </Button>
                  )}
                </td>
                {worksBilling && (
                  <td>
                    <Button
                      aria-label={`Refund the payment by ${howPaid(payment)}`}
                      isDisabled={payment.refundedMinor >= payment.amountMinor}
                      onPress={() => setOpen({ refund: payment })}
                    >
                      Refund…
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && 'post' in open && (
        <PostPaymentDialog
          patientId={patientId}
          patient={patient}
          currency={currency}
          owing={owing}
          onPosted={done}
          onClose={() => setOpen(undefined)}
        />
      )}
      {open && 'apply' in open && (
        <ApplyCreditDialog payment={open.apply} owing={owing} onApplied={done} onClose={() => setOpen(undefined)} />
      )}
      {open && 'refund' in open && (
        <RefundPaymentDialog payment={open.refund} onRefunded={done} onClose={() => setOpen(undefined)} />
      )}
    </>
  );
};
