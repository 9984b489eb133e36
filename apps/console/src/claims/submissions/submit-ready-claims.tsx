import { useState } from 'react';
import { Button } from 'react-aria-components';
import { billingRefusal } from '../../billing/billing-wording';
import { SubmissionProgress } from './submission-progress';
import { useSubmitReadyClaims } from './submissions-data';

/** Every ready claim of the clinic goes out in one file; the clerk watches it built, sent and answered. */
export const SubmitReadyClaims = () => {
  const submit = useSubmitReadyClaims();
  const [submissionId, setSubmissionId] = useState<string>();

  return (
    <section aria-labelledby="submit-ready-claims">
      <h2 id="submit-ready-claims">Send to the clearinghouse</h2>
      <Button
        className="primary"
        isDisabled={submit.isPending}
        onPress={() =>
          submit.mutate(`submit-claims:${crypto.randomUUID()}`, { onSuccess: ({ id }) => setSubmissionId(id) })
        }
      >
        Submit ready claims
      </Button>
      {submit.error && (
        <p role="alert" className="problem">
          {billingRefusal(submit.error, 'The ready claims were not submitted')}
        </p>
      )}
      {submissionId && <SubmissionProgress submissionId={submissionId} />}
    </section>
  );
};
