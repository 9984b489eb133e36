import { useState, type ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import { onFormData } from '../../forms/form-data';
import { useFormRefusal } from '../../forms/form-refusal';
import { refusedFieldsOf } from '../../forms/refusals';
import { FormProblem } from '../../patients/form-fields';
import { billingRefusal } from '../billing-wording';

interface PaymentFormProps {
  label: string;
  submitLabel: string;
  /** Said when the service refuses, before its reason: "The payment was not posted". */
  notDone: string;
  /** Reads the form; fields the console cannot read come back to be shown under their inputs. */
  send(form: FormData): Promise<Record<string, string> | undefined>;
  /** The API's name of a refused field as the form names its input. */
  fieldOf(field: string): string;
  isPending: boolean;
  error: unknown;
  onCancel(): void;
  children: ReactNode;
}

/** A money form: every refusal is said above the buttons in words, and a refused field under its input too. */
export const PaymentForm = (props: PaymentFormProps) => {
  const { label, submitLabel, notDone, send, fieldOf, isPending, error, onCancel, children } = props;
  const [unreadable, setUnreadable] = useState<Record<string, string>>();
  const refusal = useFormRefusal(error, {
    fieldsOf: (refused) => refusedFieldsOf(refused, fieldOf),
    typedWrong: unreadable,
  });
  // Said above the buttons even when fields are named: a refusal may name a field no input stands for (allocations).
  const problem = error && !unreadable ? billingRefusal(error, notDone) : undefined;

  return (
    <Form
      aria-label={label}
      validationErrors={refusal.errors}
      onSubmit={onFormData((form) => void send(form).then(setUnreadable))}
    >
      <div onInput={refusal.onInput}>{children}</div>
      <FormProblem problem={problem} />
      <div className="dialog-actions">
        <Button onPress={onCancel}>Cancel</Button>
        <Button type="submit" className="primary" isDisabled={isPending}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
};
