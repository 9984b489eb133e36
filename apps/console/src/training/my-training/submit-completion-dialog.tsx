import { useState } from 'react';
import { Button, Dialog, Form, Heading, Modal } from 'react-aria-components';
import { onFormData, optionalTextOf } from '../../forms/form-data';
import { FormProblem, TextInput } from '../../patients/form-fields';
import { type StandingRow, useSubmitCompletion } from '../training-data';
import { base64Of } from '../training-files';
import { refusedFields, trainingProblem } from '../training-wording';

const ACCEPTED = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

interface SubmitCompletionDialogProps {
  row: StandingRow;
  onClose(): void;
}

/** A staff member's own completion, with its certificate; it waits for a manager's review before it counts. */
export const SubmitCompletionDialog = ({ row, onClose }: SubmitCompletionDialogProps) => {
  const submission = useSubmitCompletion();
  const [file, setFile] = useState<File>();
  const refused = refusedFields(submission.error);
  const problem = submission.error ? trainingProblem(submission.error) : undefined;

  const submit = async (form: FormData) => {
    await submission.mutateAsync({
      requirementId: row.requirementId,
      completedOn: String(form.get('completedOn')),
      expiresOn: optionalTextOf(form, 'expiresOn'),
      issuer: optionalTextOf(form, 'issuer'),
      certificateNumber: optionalTextOf(form, 'certificateNumber'),
      certificate: file ? { contentBase64: await base64Of(file) } : undefined,
    });
    onClose();
  };

  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal">
      <Dialog className="dialog">
        <Heading slot="title">Submit a completion of {row.requirementName}</Heading>
        <Form onSubmit={onFormData((form) => void submit(form).catch(() => undefined))} validationErrors={refused}>
          <TextInput name="completedOn" label="Completed on" type="date" isRequired />
          <TextInput
            name="expiresOn"
            label="Expires on"
            type="date"
            description="The expiry date printed on a card or licence; leave empty for a course."
          />
          <TextInput name="issuer" label="Issued by" />
          <TextInput name="certificateNumber" label="Certificate number" />
          <div className="field">
            <label htmlFor="certificate-file">Certificate (PDF, PNG or JPEG, at most 512 KB)</label>
            <input
              id="certificate-file"
              name="certificate"
              type="file"
              accept={ACCEPTED}
              aria-describedby={refused.certificate ? 'certificate-refused' : undefined}
              aria-invalid={refused.certificate ? true : undefined}
              onChange={(event) => setFile(event.currentTarget.files?.[0])}
            />
            {refused.certificate && (
              <p id="certificate-refused" className="field-error">
                {refused.certificate}
              </p>
            )}
          </div>
          <FormProblem problem={problem} />
          <div className="dialog-actions">
            <Button onPress={onClose}>Cancel</Button>
            <Button type="submit" className="primary" isDisabled={submission.isPending}>
              Submit for review
            </Button>
          </div>
        </Form>
      </Dialog>
    </Modal>
  );
};
