import { useState } from 'react';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { moneyInWords } from '../money';
import { allocationFieldOf, allocationsFrom, ApplicationChoice } from './application-choice';
import { PaymentForm } from './payment-form';
import { type Allocation, type Payment, useApplyPayment } from './payments-data';
import { howPaid } from './receipt';
import { idempotencyKey } from '../../api/idempotency-key';
import type { VisitOwing } from './visits-owing';

interface ApplyCreditDialogProps {
  payment: Payment;
  owing: VisitOwing[];
  onApplied(announcement: string): void;
  onClose(): void;
}

/** What is left of a payment goes to the patient's visits, oldest first or as the clerk sets it. */
export const ApplyCreditDialog = ({ payment, owing, onApplied, onClose }: ApplyCreditDialogProps) => {
  const apply = useApplyPayment();
  const [formKey] = useState(() => crypto.randomUUID());
  const [sent, setSent] = useState<Allocation[]>();
  const left = moneyInWords(payment.unappliedMinor, payment.currency);

  const send = async (form: FormData) => {
    const application = allocationsFrom(form, payment.currency);
    if ('unreadable' in application) return application.unreadable;
    const body = application.allocations ? { allocations: application.allocations } : {};
    setSent(application.allocations);
    const key = await idempotencyKey(formKey, body);
    apply.mutate(
      { key, body, paymentId: payment.id },
      {
        onSuccess: (applied) =>
          onApplied(
            `Applied ${moneyInWords(applied.appliedMinor - payment.appliedMinor, applied.currency)} of credit; ${moneyInWords(applied.unappliedMinor, applied.currency)} left.`,
          ),
      },
    );
    return undefined;
  };

  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal wide">
      <Dialog className="dialog">
        <Heading slot="title">{`Apply ${left} of credit`}</Heading>
        <p>{`Left of ${moneyInWords(payment.amountMinor, payment.currency)} paid by ${howPaid(payment)}.`}</p>
        <PaymentForm
          label="Apply the credit"
          submitLabel="Apply"
          notDone="The credit was not applied"
          send={send}
          fieldOf={(field) => allocationFieldOf(field, sent)}
          isPending={apply.isPending}
          error={apply.error}
          onCancel={onClose}
        >
          <ApplicationChoice owing={owing} currency={payment.currency} offerCredit={false} />
        </PaymentForm>
      </Dialog>
    </Modal>
  );
};
