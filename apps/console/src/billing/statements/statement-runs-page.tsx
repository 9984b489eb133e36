import { useState } from 'react';
import { Button } from 'react-aria-components';
import { usePatientNames } from '../../calendar/day-data';
import { spokenDate } from '../../calendar/wall-clock';
import { FormProblem } from '../../patients/form-fields';
import { BillingPage } from '../billing-page';
import { billingRefusal } from '../billing-wording';
import { moneyInWords } from '../money';
import { RunProgress } from './run-progress';
import { StatementSettingsSection } from './statement-settings-form';
import {
  downloadStatement,
  type Statement,
  useRunStatements,
  useStartStatementRun,
  useStatementRun,
  useStatementRuns,
} from './statements-data';

const RunStatements = ({ runId, issued }: { runId: string; issued: number }) => {
  const statements = useRunStatements(runId, issued);
  const items = statements.data?.items ?? [];
  const names = usePatientNames(items.map((statement) => statement.patientId));
  const nameOf = (statement: Statement) => names.get(statement.patientId) ?? 'Patient';
  if (items.length === 0) return null;
  return (
    <table className="data-table">
      <caption>Statements of this run</caption>
      <thead>
        <tr>
          <th scope="col">Patient</th>
          <th scope="col">Statement date</th>
          <th scope="col">Balance due</th>
          <th scope="col">PDF</th>
        </tr>
      </thead>
      <tbody>
        {items.map((statement) => (
          <tr key={statement.id}>
            <th scope="row">{nameOf(statement)}</th>
            <td>{spokenDate(statement.statementDate)}</td>
            <td>{moneyInWords(statement.balanceDueMinor, statement.currency)}</td>
            <td>
              <Button
                aria-label={`Download the statement of ${nameOf(statement)} (PDF)`}
                onPress={() => void downloadStatement(statement, nameOf(statement))}
              >
                Download PDF
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

/** Statements for every patient with a balance due, made in the background; the clerk watches and downloads them. */
export const StatementRunsPage = () => {
  const runs = useStatementRuns();
  const start = useStartStatementRun();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const latest = runs.data?.at(-1);
  const run = useStatementRun(latest?.id);

  return (
    <BillingPage title="Patient statements" error={runs.error}>
      <div className="toolbar">
        <Button
          className="primary"
          isDisabled={start.isPending || run.data?.status === 'running'}
          onPress={() => start.mutate(key, { onSuccess: () => setKey(crypto.randomUUID()) })}
        >
          Start a statement run
        </Button>
      </div>
      <FormProblem problem={start.error ? billingRefusal(start.error, 'The run was not started') : undefined} />
      {runs.isPending ? (
        <p role="status">Loading statement runs…</p>
      ) : !run.data ? (
        <p>No statement run yet. A run sends a statement to every patient with a balance due.</p>
      ) : (
        <section aria-labelledby="run-heading">
          <h2 id="run-heading">{`Run started ${new Date(run.data.createdAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}`}</h2>
          <RunProgress run={run.data} />
          <RunStatements runId={run.data.id} issued={run.data.issued} />
        </section>
      )}
      <StatementSettingsSection />
    </BillingPage>
  );
};
