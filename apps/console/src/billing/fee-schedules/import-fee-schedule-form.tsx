import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemError } from '../../api/problem';
import { spokenDate } from '../../calendar/wall-clock';
import { onFormData } from '../../forms/form-data';
import { useFormRefusal } from '../../forms/form-refusal';
import { FormProblem, TextInput } from '../../patients/form-fields';
import { billingRefusal } from '../billing-wording';
import { useImportFeeSchedule } from './fee-schedules-data';

/** Billing bills in US dollars only today, and its import takes no other currency. */
const CURRENCY = 'USD';
const NOT_DONE = 'The fee schedule was not imported';

/** The file's problems, each named by its line (`line 3`), as billing found them; nothing of the file was imported. */
const lineProblemsOf = (error: unknown) =>
  error instanceof ProblemError && error.problem.status === 422
    ? (error.problem.errors ?? []).filter(({ field }) => /^line \d+$/.test(field))
    : [];

const ImportRefusal = ({ error }: { error: unknown }) => {
  const lines = lineProblemsOf(error);
  if (lines.length === 0) return <FormProblem problem={billingRefusal(error, NOT_DONE)} />;
  return (
    <div role="alert" className="problem">
      <p>{`${NOT_DONE}, and no price changed. Correct ${lines.length === 1 ? 'this line' : 'these lines'} of the file and import it again:`}</p>
      <ul>
        {lines.map(({ field, message }) => (
          <li key={`${field}-${message}`}>{`${field.replace(/^line/, 'Line')}: ${message}.`}</li>
        ))}
      </ul>
    </div>
  );
};

/** A schedule is imported whole from a spreadsheet's CSV and never edited: new prices are a new schedule from a date. */
export const ImportFeeScheduleForm = () => {
  const upload = useImportFeeSchedule();
  const [file, setFile] = useState<File>();
  const refusal = useFormRefusal(upload.error);

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import new prices</h2>
      <Form
        className="visit-form"
        aria-label="Import a fee schedule"
        validationErrors={refusal.errors}
        onSubmit={onFormData((form) => {
          const effectiveFrom = String(form.get('effectiveFrom'));
          if (file) void file.text().then((csv) => upload.mutate({ effectiveFrom, currency: CURRENCY, csv }));
        })}
      >
        <div onInput={refusal.onInput} className="toolbar">
          <TextInput name="effectiveFrom" label="Prices take effect on" type="date" isRequired />
          <div className="field">
            <label htmlFor="fee-schedule-file">Price list (CSV)</label>
            <input
              id="fee-schedule-file"
              name="csv"
              type="file"
              required
              accept=".csv,text/csv"
              aria-describedby="fee-schedule-file-help"
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0]);
                upload.reset();
              }}
            />
            <span id="fee-schedule-file-help" className="field-help">
              Columns procedure_code, modifiers, payer_id (empty for the clinic’s fee), amount in dollars, e.g. 125.00.
            </span>
          </div>
        </div>
        <div className="dialog-actions">
          <Button type="submit" className="primary" isDisabled={!file || upload.isPending}>
            Import the prices
          </Button>
        </div>
      </Form>
      {upload.error && <ImportRefusal error={upload.error} />}
      <p role="status" className="announcement">
        {upload.data &&
          `Imported: ${upload.data.prices?.length ?? 0} prices, in force from ${spokenDate(upload.data.effectiveFrom)}.`}
      </p>
    </section>
  );
};
