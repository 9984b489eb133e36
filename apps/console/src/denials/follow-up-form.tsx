import { useState } from 'react';
import { Button, FieldError, Form, Label, TextArea, TextField } from 'react-aria-components';
import { useFormRefusal } from '../forms/form-refusal';

interface FollowUpFormProps {
  /** The form's name and its button's words ("Correct and resubmit"). */
  action: string;
  /** The field's label, and the API's field name it is sent as. */
  label: string;
  field: 'reason' | 'note';
  isPending: boolean;
  error: unknown;
  onSend(text: string): void;
  onCancel(): void;
}

/** What a clerk does with a denial always says why, in a sentence kept in the claim's history. */
export const FollowUpForm = ({ action, label, field, isPending, error, onSend, onCancel }: FollowUpFormProps) => {
  const [text, setText] = useState('');
  const refusal = useFormRefusal(error);

  return (
    <Form
      className="claim-form"
      aria-label={action}
      validationErrors={refusal.errors}
      onSubmit={(event) => {
        event.preventDefault();
        onSend(text.trim());
      }}
    >
      <div onInput={refusal.onInput}>
        <TextField name={field} value={text} onChange={setText} isRequired autoFocus>
          <Label>{label}</Label>
          <TextArea rows={3} />
          <FieldError className="field-error" />
        </TextField>
      </div>
      <div className="dialog-actions">
        <Button onPress={onCancel}>Back</Button>
        <Button type="submit" className="primary" isDisabled={isPending}>
          {action}
        </Button>
      </div>
    </Form>
  );
};
