import { Label, ProgressBar } from 'react-aria-components';
import { usePatientNames } from '../../calendar/day-data';
import type { StatementRun } from './statements-data';

const SKIP_WORDS: Record<string, string> = {
  statement_within_30_days: 'had a statement within the last 30 days',
  nothing_due: 'owes nothing',
  patient_not_known: 'is not known to billing',
};

/** How far a run has got: patients counted, statements issued, and who was skipped or failed, and why. */
export const RunProgress = ({ run }: { run: StatementRun }) => {
  const outcomes = [...run.skipped, ...run.failed];
  const names = usePatientNames(outcomes.map((outcome) => outcome.patientId));
  const handled = run.issued + run.skipped.length + run.failed.length;
  const nameOf = (patientId: string) => names.get(patientId) ?? 'A patient';
  return (
    <>
      <ProgressBar
        className="run-progress"
        value={handled}
        maxValue={run.total ?? 1}
        isIndeterminate={run.total === null}
        valueLabel={run.total === null ? 'Counting patients…' : `${handled} of ${run.total} patients`}
      >
        {({ valueText }) => (
          <>
            <Label>{run.status === 'running' ? 'Statement run in progress' : 'Statement run completed'}</Label>
            <span className="value">{valueText}</span>
            <div className="bar">
              <div className="fill" style={{ width: `${run.total ? (handled / run.total) * 100 : 0}%` }} />
            </div>
          </>
        )}
      </ProgressBar>
      <p>{`${run.issued} issued, ${run.skipped.length} skipped, ${run.failed.length} failed.`}</p>
      {outcomes.length > 0 && (
        <ul className="run-outcomes">
          {run.skipped.map(({ patientId, reason }) => (
            <li key={`skipped-${patientId}`}>{`Skipped: ${nameOf(patientId)} ${SKIP_WORDS[reason] ?? reason}.`}</li>
          ))}
          {run.failed.map(({ patientId, reason }) => (
            <li key={`failed-${patientId}`}>{`Failed: ${nameOf(patientId)}: ${reason}.`}</li>
          ))}
        </ul>
      )}
    </>
  );
};
