import { useState } from 'react';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { allocationFieldOf, allocationsFrom, ApplicationChoice } from './application-choice';
import { PaymentForm } from './payment-form';
import { type Allocation, type Receipt, usePostPayment } from './payments-data';
import { ReceiptFields } from './receipt-fields';
import { paymentInWords, receiptFieldOf, receiptFrom, receiptKey } from './receipt';
import type { VisitOwing } from './visits-owing';

interface PostPaymentDialogProps {
  patientId: string;
  patient: string;
  currency: Receipt['currency'];
  owing: VisitOwing[];
  onPosted(announcement: string): void;
  onClose(): void;
}

/** A payment the patient made (at the desk or by mail), applied as the clerk chooses; what is left is their credit. */
export const PostPaymentDialog = ({
  patientId,
  patient,
  currency,
  owing,
  onPosted,
  onClose,
}: PostPaymentDialogProps) => {
  const post = usePostPayment();
  const [formKey] = useState(() => crypto.randomUUID());
  const [sent, setSent] = useState<Allocation[]>();

  const send = async (form: FormData) => {
    const reading = receiptFrom(form, currency);
    if ('unreadable' in reading) return reading.unreadable;
    const application = allocationsFrom(form, currency);
    if ('unreadable' in application) return application.unreadable;
    const body = {
      ...reading.receipt,
      patientId,
      ...(application.allocations ? { allocations: application.allocations } : {}),
    };
    setSent(application.allocations);
    const key = await receiptKey(formKey, body);
    post.mutate({ key, body }, { onSuccess: (payment) => onPosted(paymentInWords('Posted', payment)) });
    return undefined;
  };

  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal wide">
      <Dialog className="dialog">
        <Heading slot="title">{`Post a payment from ${patient}`}</Heading>
        <PaymentForm
          label="Post a payment"
          submitLabel="Post the payment"
          notDone="The payment was not posted"
          send={send}
          fieldOf={(field) => allocationFieldOf(receiptFieldOf(field), sent)}
          isPending={post.isPending}
          error={post.error}
          onCancel={onClose}
        >
          <ReceiptFields currency={currency} />
          <ApplicationChoice owing={owing} currency={currency} offerCredit />
        </PaymentForm>
      </Dialog>
    </Modal>
  );
};
