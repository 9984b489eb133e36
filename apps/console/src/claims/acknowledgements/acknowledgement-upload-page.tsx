import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemError } from '../../api/problem';
import { billingRefusal } from '../../billing/billing-wording';
import { FormProblem } from '../../patients/form-fields';
import { ClaimsPage } from '../claims-page';
import { segmentProblemInWords } from '../claims-wording';
import { AcknowledgementOutcome } from './acknowledgement-outcome';
import { useUploadAcknowledgement } from './acknowledgements-data';

/** A file the service could not read names each segment at fault; anything else is the service's own sentence. */
export const UploadRefusal = ({ error, notDone }: { error: unknown; notDone: string }) => {
  const segments = error instanceof ProblemError && error.problem.status === 422 ? (error.problem.errors ?? []) : [];
  if (segments.length === 0) return <FormProblem problem={billingRefusal(error, notDone)} />;
  return (
    <div role="alert" className="problem">
      <p>The file was not applied, and nothing changed: Praxis could not read it.</p>
      <ul className="claim-problems">
        {segments.map((problem) => (
          <li key={`${problem.field}-${problem.message}`}>{segmentProblemInWords(problem)}</li>
        ))}
      </ul>
    </div>
  );
};

/** A 999 or 277CA the clerk received outside the clearinghouse's mailbox (a portal, an email), applied by hand. */
export const AcknowledgementUploadPage = () => {
  const upload = useUploadAcknowledgement();
  const [file, setFile] = useState<File>();

  return (
    <ClaimsPage title="Upload an acknowledgement">
      <Form
        className="claim-form"
        aria-label="Upload an acknowledgement"
        onSubmit={(event) => {
          event.preventDefault();
          if (file) void file.text().then((content) => upload.mutate(content));
        }}
      >
        <div className="field">
          <label htmlFor="acknowledgement-file">A 999 or 277CA file, as received</label>
          <input
            id="acknowledgement-file"
            name="acknowledgement"
            type="file"
            required
            accept=".x12,.edi,.txt,.999,.277,text/plain"
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0]);
              upload.reset();
            }}
          />
        </div>
        <div className="dialog-actions">
          <Button type="submit" className="primary" isDisabled={!file || upload.isPending}>
            Apply the file
          </Button>
        </div>
      </Form>
      {upload.error && <UploadRefusal error={upload.error} notDone="The acknowledgement was not applied" />}
      {upload.data && <AcknowledgementOutcome acknowledgement={upload.data} />}
    </ClaimsPage>
  );
};
