import type { ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import { onFormData } from '../forms/form-data';
import { useFormRefusal } from '../forms/form-refusal';
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
  const refusal = useFormRefusal(error, { fieldsOf: fieldAdvice });
  return (
    <Form
      className="register-patient"
      aria-label={label}
      validationBehavior="aria"
      validationErrors={refusal.errors}
      onSubmit={onFormData(onSave)}
    >
      <div onInput={refusal.onInput}>{children}</div>
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
