import { useMemo, useState } from 'react';
import { Button, FieldError, Form, Label, TextArea, TextField } from 'react-aria-components';
import { useRefusedFields } from '../../visits/refused-fields';
import { useHoldVisit } from '../billing-data';
import { refusedFieldsOf } from '../billing-wording';

interface HoldVisitFormProps {
  visitId: string;
  onDone(): void;
  onRefused(error: unknown): void;
}

/** A visit is stopped with a reason, for whoever picks it up next. */
export const HoldVisitForm = ({ visitId, onDone, onRefused }: HoldVisitFormProps) => {
  const hold = useHoldVisit();
  const [reason, setReason] = useState('');
  // One object per refusal, so that editing a refused field lifts its error (see useRefusedFields).
  const served = useMemo(() => (hold.error ? refusedFieldsOf(hold.error) : undefined), [hold.error]);
  const refused = useRefusedFields(served);

  return (
    <Form
      className="visit-form"
      aria-label="Hold the visit"
      validationErrors={refused.errors}
      onSubmit={(event) => {
        event.preventDefault();
        hold.mutate({ id: visitId, reason: reason.trim() }, { onSuccess: onDone, onError: onRefused });
      }}
    >
      <div onInput={refused.onInput}>
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
