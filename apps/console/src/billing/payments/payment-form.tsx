import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import { useRefusedFields } from '../../visits/refused-fields';
import { FormProblem } from '../../patients/form-fields';
import { billingRefusal, refusedFieldsOf } from '../billing-wording';

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
  // Made once per refusal: useRefusedFields lifts a field's error when it is edited only while the refusal stays the
  // same object, and fieldOf is read as it was when the refusal came back.
  const refusal = useMemo(() => {
    if (unreadable) return { fields: unreadable, problem: undefined };
    if (!error) return { fields: undefined, problem: undefined };
    const served = Object.entries(refusedFieldsOf(error)).map(([field, message]) => [fieldOf(field), message]);
    // Said above the buttons even when fields are named: a refusal may name a field no input stands for (allocations).
    return { fields: Object.fromEntries(served), problem: billingRefusal(error, notDone) };
  }, [error, unreadable]);
  const refused = useRefusedFields(refusal.fields);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setUnreadable(await send(new FormData(event.currentTarget)));
  };

  return (
    <Form aria-label={label} validationErrors={refused.errors} onSubmit={(event) => void submit(event)}>
      <div onInput={refused.onInput}>{children}</div>
      <FormProblem problem={refusal.problem} />
      <div className="dialog-actions">
        <Button onPress={onCancel}>Cancel</Button>
        <Button type="submit" className="primary" isDisabled={isPending}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
};
