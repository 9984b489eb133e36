import { useState } from 'react';
import { Button, Dialog, FieldError, Form, Heading, Label, Modal, TextArea, TextField } from 'react-aria-components';
import { useRejectCompletion, useVerifyCompletion } from '../training-data';
import { calendarDate } from '../training-page';
import { refusedFields, trainingProblem } from '../training-wording';
import { FormProblem } from '../../patients/form-fields';
import { CertificateView } from './certificate-view';
import type { NamedCompletion } from './pending-verifications';

interface ReviewCompletionDialogProps {
  entry: NamedCompletion;
  onClose(): void;
}

/** A manager checks a submission against its certificate, then verifies it or rejects it with a reason the holder sees. */
export const ReviewCompletionDialog = ({
  entry: { completion, person, requirement },
  onClose,
}: ReviewCompletionDialogProps) => {
  const verify = useVerifyCompletion();
  const reject = useRejectCompletion();
  const [reason, setReason] = useState('');
  const error = verify.error ?? reject.error;
  const problem = error ? trainingProblem(error) : undefined;

  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal">
      <Dialog className="dialog">
        <Heading slot="title">
          {person}’s {requirement}
        </Heading>
        <dl className="booking-facts">
          <dt>Completed on</dt>
          <dd>{calendarDate(completion.completedOn)}</dd>
          <dt>Expires on</dt>
          <dd>{calendarDate(completion.expiresOn)}</dd>
          <dt>Issued by</dt>
          <dd>{completion.issuer ?? '—'}</dd>
          <dt>Certificate number</dt>
          <dd>{completion.certificateNumber ?? '—'}</dd>
        </dl>
        {completion.certificateId ? (
          <CertificateView completionId={completion.id} holder={person} />
        ) : (
          <p>No certificate was uploaded.</p>
        )}
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <Button
            className="primary"
            isDisabled={verify.isPending}
            onPress={() => verify.mutate(completion.id, { onSuccess: onClose })}
          >
            Verify
          </Button>
        </div>
        <Form
          aria-label="Reject the submission"
          validationErrors={refusedFields(reject.error)}
          onSubmit={(event) => {
            event.preventDefault();
            reject.mutate({ id: completion.id, reason: reason.trim() }, { onSuccess: onClose });
          }}
        >
          <TextField name="reason" value={reason} onChange={setReason} isRequired maxLength={1000}>
            <Label>Reason for rejecting</Label>
            <TextArea rows={2} />
            <FieldError className="field-error" />
          </TextField>
          <div className="dialog-actions">
            <Button onPress={onClose}>Close</Button>
            <Button type="submit" isDisabled={reject.isPending}>
              Reject
            </Button>
          </div>
        </Form>
      </Dialog>
    </Modal>
  );
};
