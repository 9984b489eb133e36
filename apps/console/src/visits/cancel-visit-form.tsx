import { useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Label, TextArea, TextField } from 'react-aria-components';
import type { VisitFormProps } from './visit-actions';
import { isUnderWay, useVisitChanges } from './visit-changes';
import { useRefusedFields } from '../forms/refused-fields';

export const CancelVisitForm = ({ visit, patient, onClose }: VisitFormProps) => {
  const changes = useVisitChanges();
  const [reason, setReason] = useState('');
  const state = changes.stateOf(visit.id);
  const refused = useRefusedFields(state?.phase === 'refused' ? state.refusal.fields : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    changes.ask(visit, { kind: 'cancel', reason: reason.trim() }, patient);
  };

  return (
    <Form className="visit-form" aria-label="Cancel the visit" onSubmit={submit} validationErrors={refused.errors}>
      {/* An edit in any field lifts the refusal of that field at once (see useRefusedFields). */}
      <div onInput={refused.onInput}>
        <TextField name="reason" value={reason} onChange={setReason} isRequired maxLength={500} autoFocus>
          <Label>Reason for cancelling</Label>
          <TextArea rows={2} />
          <FieldError />
        </TextField>
      </div>
      <div className="dialog-actions">
        <Button onPress={onClose}>Keep the visit</Button>
        <Button type="submit" className="primary" isDisabled={isUnderWay(state)}>
          Cancel the visit
        </Button>
      </div>
    </Form>
  );
};
