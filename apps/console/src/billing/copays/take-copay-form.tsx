import { useState } from 'react';
import type { Appointment } from '../../calendar/day-data';
import { PaymentForm } from '../payments/payment-form';
import { useTakeCopay } from '../payments/payments-data';
import { ReceiptFields } from '../payments/receipt-fields';
import { howPaid, receiptFieldOf, receiptFrom, receiptKey } from '../payments/receipt';
import { moneyInWords } from '../money';

/** Billing bills in US dollars only today, and the front desk may not read the fee schedule that says so. */
const CURRENCY = 'USD';

interface TakeCopayFormProps {
  visit: Appointment;
  patient: string;
  onTaken(announcement: string): void;
  onClose(): void;
}

/** The co-pay the patient hands over at check-in, for this visit; billing applies it once the visit's charges post. */
export const TakeCopayForm = ({ visit, patient, onTaken, onClose }: TakeCopayFormProps) => {
  const take = useTakeCopay();
  const [formKey] = useState(() => crypto.randomUUID());

  const send = async (form: FormData) => {
    const reading = receiptFrom(form, CURRENCY);
    if ('unreadable' in reading) return reading.unreadable;
    const body = { ...reading.receipt, patientId: visit.patientId, visitId: visit.id };
    const key = await receiptKey(formKey, body);
    take.mutate(
      { key, body },
      {
        onSuccess: (payment) =>
          onTaken(
            `Co-pay of ${moneyInWords(payment.amountMinor, payment.currency)} taken from ${patient} by ${howPaid(payment)}.`,
          ),
      },
    );
    return undefined;
  };

  return (
    <div className="visit-form">
      <PaymentForm
        label="Take a co-pay"
        submitLabel="Take the co-pay"
        notDone="The co-pay was not taken"
        send={send}
        fieldOf={receiptFieldOf}
        isPending={take.isPending}
        error={take.error}
        onCancel={onClose}
      >
        <ReceiptFields currency={CURRENCY} />
      </PaymentForm>
    </div>
  );
};
