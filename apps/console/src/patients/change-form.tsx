import { useMemo, type ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import { useRefusedFields } from '../visits/refused-fields';
import { FormProblem } from './form-fields';
import { fieldAdvice, registrationProblem } from './registration-wording';

interface ChangeFormProps {
  label: string;
  /** The change's answer so far: a refused field is shown under its input, any other refusal above the buttons. */
  error: unknown;
  isPending: boolean;
  onSave(form: FormData): void;
  onCancel(): void;
  children: ReactNode;
}

/** A form that changes part of a patient's record, worded as registration words the same fields. */
export const ChangeForm = ({ label, error, isPending, onSave, onCancel, children }: ChangeFormProps) => {
  // One object per refusal, so that editing a refused field lifts its error (see useRefusedFields).
  const served = useMemo(() => (error ? fieldAdvice(error) : undefined), [error]);
  const refused = useRefusedFields(served);
  return (
    <Form
      className="register-patient"
      aria-label={label}
      validationBehavior="aria"
      validationErrors={refused.errors}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(new FormData(event.currentTarget));
      }}
    >
      <div onInput={refused.onInput}>{children}</div>
      <FormProblem problem={error ? registrationProblem(error) : undefined} />
      <div className="dialog-actions">
        <Button onPress={onCancel}>Cancel</Button>
        <Button type="submit" className="primary" isPending={isPending}>
          Save
        </Button>
      </div>
    </Form>
  );
};
