import { useState } from 'react';
import { Button } from 'react-aria-components';
import { type Completion, useMatrix, usePendingCompletions, useRequirements } from '../training-data';
import { calendarDate } from '../training-page';
import { ReviewCompletionDialog } from './review-completion-dialog';

export interface NamedCompletion {
  completion: Completion;
  person: string;
  requirement: string;
}

/** Submissions waiting for a manager, oldest first, each opened to see its certificate and verify or reject it. */
export const PendingVerifications = () => {
  const pending = usePendingCompletions();
  const matrix = useMatrix();
  const requirements = useRequirements();
  const [reviewing, setReviewing] = useState<NamedCompletion>();

  if (pending.isError) return <p role="alert">Pending submissions could not be loaded.</p>;
  if (!pending.data) return <p role="status">Loading…</p>;
  if (pending.data.items.length === 0) return <p>No submission waits for review.</p>;

  const named = pending.data.items.map((completion) => ({
    completion,
    person: matrix.data?.staff.find(({ userId }) => userId === completion.userId)?.displayName ?? 'Staff member',
    requirement: requirements.data?.items.find(({ id }) => id === completion.requirementId)?.name ?? 'Requirement',
  }));

  return (
    <>
      <table className="data-table">
        <caption>Submissions waiting for review</caption>
        <thead>
          <tr>
            <th scope="col">Staff member</th>
            <th scope="col">Requirement</th>
            <th scope="col">Completed on</th>
            <th scope="col">Review</th>
          </tr>
        </thead>
        <tbody>
          {named.map((entry) => (
            <tr key={entry.completion.id}>
              <th scope="row">{entry.person}</th>
              <td>{entry.requirement}</td>
              <td>{calendarDate(entry.completion.completedOn)}</td>
              <td>
                <Button
                  onPress={() => setReviewing(entry)}
                  aria-label={`Review ${entry.person}’s ${entry.requirement}`}
                >
                  Review
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {reviewing && <ReviewCompletionDialog entry={reviewing} onClose={() => setReviewing(undefined)} />}
    </>
  );
};
