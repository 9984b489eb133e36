import { useState } from 'react';
import { Dialog, FieldError, Heading, Label, Modal, TextArea, TextField } from 'react-aria-components';
import { idempotencyKey } from '../../api/idempotency-key';
import { textOf } from '../../forms/form-data';
import { TextInput } from '../../patients/form-fields';
import { minorUnitsOf, moneyInWords } from '../money';
import { PaymentForm } from './payment-form';
import { type Payment, useRefundPayment } from './payments-data';
import { howPaid, receiptFieldOf } from './receipt';

interface RefundPaymentDialogProps {
  payment: Payment;
  onRefunded(announcement: string): void;
  onClose(): void;
}

/** Money given back by the way it came; billing takes it from the credit first, then from the newest application. */
export const RefundPaymentDialog = ({ payment, onRefunded, onClose }: RefundPaymentDialogProps) => {
  const refund = useRefundPayment();
  const [formKey] = useState(() => crypto.randomUUID());
  const refundable = payment.amountMinor - payment.refundedMinor;
  const how = howPaid(payment);

  const send = async (form: FormData) => {
    const amountMinor = minorUnitsOf(String(form.get('amount') ?? ''), payment.currency);
    if (!amountMinor) return { amount: 'Enter the amount to give back, such as 20.00.' };
    const body = { amountMinor, reason: textOf(form, 'reason') };
    const key = await idempotencyKey(formKey, body);
    refund.mutate(
      { key, body, paymentId: payment.id },
      {
        onSuccess: (refunded) =>
          onRefunded(`Refunded ${moneyInWords(amountMinor, refunded.currency)} by ${howPaid(refunded)}.`),
      },
    );
    return undefined;
  };

  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal">
      <Dialog className="dialog">
        <Heading slot="title">{`Refund a payment by ${how}`}</Heading>
        <p>{`Up to ${moneyInWords(refundable, payment.currency)} of ${moneyInWords(payment.amountMinor, payment.currency)} can be given back, by ${how}.`}</p>
        <PaymentForm
          label="Refund the payment"
          submitLabel="Refund"
          notDone="Nothing was refunded"
          send={send}
          fieldOf={receiptFieldOf}
          isPending={refund.isPending}
          error={refund.error}
          onCancel={onClose}
        >
          <TextInput name="amount" label={`Amount (${payment.currency})`} isRequired />
          <TextField name="reason" isRequired maxLength={500} className="field">
            <Label>Reason for the refund</Label>
            <TextArea rows={2} />
            <FieldError className="field-error" />
          </TextField>
        </PaymentForm>
      </Dialog>
    </Modal>
  );
};
