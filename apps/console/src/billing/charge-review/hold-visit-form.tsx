import { useState } from 'react';
import { Button, FieldError, Form, Label, TextArea, TextField } from 'react-aria-components';
import { useFormRefusal } from '../../forms/form-refusal';
import { useHoldVisit } from '../billing-data';

interface HoldVisitFormProps {
  visitId: string;
  onDone(): void;
  onRefused(error: unknown): void;
}

/** A visit is stopped with a reason, for whoever picks it up next. */
export const HoldVisitForm = ({ visitId, onDone, onRefused }: HoldVisitFormProps) => {
  const hold = useHoldVisit();
  const [reason, setReason] = useState('');
  const refusal = useFormRefusal(hold.error);

  return (
    <Form
      className="visit-form"
      aria-label="Hold the visit"
      validationErrors={refusal.errors}
      onSubmit={(event) => {
        event.preventDefault();
        hold.mutate({ id: visitId, reason: reason.trim() }, { onSuccess: onDone, onError: onRefused });
      }}
    >
      <div onInput={refusal.onInput}>
        <TextField name="reason" value={reason} onChange={setReason} isRequired maxLength={500} autoFocus>
          <Label>Reason for holding</Label>
          <TextArea rows={2} />
          <FieldError className="field-error" />
        </TextField>
      </div>
      <div className="dialog-actions">
        <Button onPress={onDone}>Keep it as it is</Button>
        <Button type="submit" className="primary" isDisabled={hold.isPending}>
          Hold the visit
        </Button>
      </div>
    </Form>
  );
};
