import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useSignedInPerson } from '../../session/signed-in-person';
import { type Completion, type StandingRow, useCompletionsOf, useStanding } from '../training-data';
import { calendarDate, StatusBadge, TrainingPage } from '../training-page';
import { SubmitCompletionDialog } from './submit-completion-dialog';

/** The reason a manager gave, when the newest submission for a requirement was rejected and nothing newer waits. */
const rejectionsOf = (completions: Completion[] | undefined): Map<string, string> => {
  const newest = new Map<string, Completion>();
  for (const completion of completions ?? []) newest.set(completion.requirementId, completion);
  return new Map(
    [...newest.values()]
      .filter(({ review, rejectionReason }) => review === 'rejected' && rejectionReason)
      .map(({ requirementId, rejectionReason }) => [requirementId, rejectionReason ?? '']),
  );
};

/** Every staff member's own requirements: where each stands, when it is due, and a way to hand in a certificate. */
export const MyTrainingPage = () => {
  const person = useSignedInPerson();
  const standing = useStanding(person?.userId);
  const rejections = rejectionsOf(useCompletionsOf(person?.userId).data?.items);
  const [submitting, setSubmitting] = useState<StandingRow>();

  return (
    <TrainingPage title="My training" error={standing.error}>
      {standing.isPending ? (
        <p role="status">Loading your training…</p>
      ) : standing.data?.length === 0 ? (
        <p>Nothing is required of you yet.</p>
      ) : (
        <table className="data-table">
          <caption>Your requirements, with their status and dates</caption>
          <thead>
            <tr>
              <th scope="col">Requirement</th>
              <th scope="col">Status</th>
              <th scope="col">Due or expires</th>
              <th scope="col">Completed on</th>
              <th scope="col">Certificate</th>
            </tr>
          </thead>
          <tbody>
            {standing.data?.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.requirementName}</th>
                <td>
                  <StatusBadge status={row.status} />
                  {rejections.has(row.requirementId) && (
                    <p className="training-returned">
                      Your last submission was rejected: {rejections.get(row.requirementId)}
                    </p>
                  )}
                </td>
                <td>{calendarDate(row.deadline ?? row.expiresOn)}</td>
                <td>{calendarDate(row.completedOn)}</td>
                <td>
                  {row.pendingVerification ? (
                    'Awaiting your manager’s review'
                  ) : (
                    <Button
                      onPress={() => setSubmitting(row)}
                      aria-label={`Submit a completion of ${row.requirementName}`}
                    >
                      Submit a completion
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {submitting && <SubmitCompletionDialog row={submitting} onClose={() => setSubmitting(undefined)} />}
    </TrainingPage>
  );
};
