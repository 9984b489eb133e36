import { useState } from 'react';
import { Button, FieldError, Form, Label, TextArea, TextField } from 'react-aria-components';
import { useFormRefusal } from '../../forms/form-refusal';
import { useVoidClaim } from '../claims-data';

interface VoidClaimFormProps {
  claimId: string;
  onDone(): void;
  onCancel(): void;
  onRefused(error: unknown): void;
}

/** A claim is withdrawn with a reason, kept in its history. */
export const VoidClaimForm = ({ claimId, onDone, onCancel, onRefused }: VoidClaimFormProps) => {
  const voidClaim = useVoidClaim();
  const [reason, setReason] = useState('');
  const refusal = useFormRefusal(voidClaim.error);

  return (
    <Form
      className="claim-form"
      aria-label="Void the claim"
      validationErrors={refusal.errors}
      onSubmit={(event) => {
        event.preventDefault();
        voidClaim.mutate({ id: claimId, reason: reason.trim() }, { onSuccess: onDone, onError: onRefused });
      }}
    >
      <div onInput={refusal.onInput}>
        <TextField name="reason" value={reason} onChange={setReason} isRequired maxLength={500} autoFocus>
          <Label>Reason for voiding</Label>
          <TextArea rows={2} />
          <FieldError className="field-error" />
        </TextField>
      </div>
      <div className="dialog-actions">
        <Button onPress={onCancel}>Keep the claim</Button>
        <Button type="submit" className="primary" isDisabled={voidClaim.isPending}>
          Void the claim
        </Button>
      </div>
    </Form>
  );
};
