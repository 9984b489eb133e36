import { useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, NumberField, Text, TextField } from 'react-aria-components';
import type { ProcedureLine } from './visit-change';
import type { VisitFormProps } from './visit-actions';
import { isUnderWay, useVisitChanges } from './visit-changes';
import { useRefusedFields } from '../forms/refused-fields';

interface ProcedureEntry {
  key: string;
  code: string;
  modifiers: string;
  units: number;
  pointers: string;
}

const anEntry = (): ProcedureEntry => ({ key: crypto.randomUUID(), code: '', modifiers: '', units: 1, pointers: '1' });

/** Codes as people type them: separated by commas or spaces, in any case. */
const codesIn = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((code) => code.toUpperCase());

const lineOf = ({ code, modifiers, units, pointers }: ProcedureEntry): ProcedureLine => ({
  code: code.trim().toUpperCase(),
  modifiers: codesIn(modifiers),
  units,
  diagnosisPointers: codesIn(pointers).map(Number),
});

interface ProcedureFieldsProps {
  entry: ProcedureEntry;
  number: number;
  onEdit(change: Partial<ProcedureEntry>): void;
  onRemove?: () => void;
}

/** One procedure line; its fields are named as the service names them, so a refusal lands beside the field it is about. */
const ProcedureFields = ({ entry, number, onEdit, onRemove }: ProcedureFieldsProps) => (
  <fieldset className="procedure-line">
    <legend>{`Procedure ${number}`}</legend>
    <TextField
      name={`procedures.${number - 1}.code`}
      value={entry.code}
      onChange={(code) => onEdit({ code })}
      isRequired
    >
      <Label>Code (CPT/HCPCS)</Label>
      <Input />
      <FieldError />
    </TextField>
    <TextField
      name={`procedures.${number - 1}.modifiers`}
      value={entry.modifiers}
      onChange={(modifiers) => onEdit({ modifiers })}
    >
      <Label>Modifiers</Label>
      <Input />
      <FieldError />
    </TextField>
    <NumberField
      name={`procedures.${number - 1}.units`}
      value={entry.units}
      onChange={(units) => onEdit({ units })}
      minValue={1}
      maxValue={999}
      isRequired
    >
      <Label>Units</Label>
      <Input />
      <FieldError />
    </NumberField>
    <TextField
      name={`procedures.${number - 1}.diagnosisPointers`}
      value={entry.pointers}
      onChange={(pointers) => onEdit({ pointers })}
      isRequired
    >
      <Label>For diagnoses</Label>
      <Input />
      <Text slot="description">Their numbers in the list above: 1, 2</Text>
      <FieldError />
    </TextField>
    {onRemove && <Button onPress={onRemove}>{`Remove procedure ${number}`}</Button>}
  </fieldset>
);

/**
 * What was done and why, as the service's complete endpoint takes it: ICD-10-CM diagnoses in order, and CPT/HCPCS procedure
 * lines that point at them by number (as on a claim). The service checks the codes and names any it refuses beside it.
 */
export const CompleteVisitForm = ({ visit, patient, onClose }: VisitFormProps) => {
  const changes = useVisitChanges();
  const state = changes.stateOf(visit.id);
  const refused = useRefusedFields(state?.phase === 'refused' ? state.refusal.fields : undefined);
  const [diagnoses, setDiagnoses] = useState('');
  const [entries, setEntries] = useState<ProcedureEntry[]>([anEntry()]);
  const edit = (key: string, change: Partial<ProcedureEntry>) =>
    setEntries((current) => current.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    changes.ask(visit, { kind: 'complete', diagnoses: codesIn(diagnoses), procedures: entries.map(lineOf) }, patient);
  };

  return (
    <Form className="visit-form" aria-label="Complete the visit" onSubmit={submit} validationErrors={refused.errors}>
      {/* An edit in any field lifts the refusal of that field at once (see useRefusedFields). */}
      <div onInput={refused.onInput}>
        <TextField name="diagnoses" value={diagnoses} onChange={setDiagnoses} isRequired autoFocus>
          <Label>Diagnoses (ICD-10-CM)</Label>
          <Input />
          <Text slot="description">In order, separated by commas: J06.9, R05.9</Text>
          <FieldError />
        </TextField>
        {entries.map((entry, index) => (
          <ProcedureFields
            key={entry.key}
            entry={entry}
            number={index + 1}
            onEdit={(change) => edit(entry.key, change)}
            onRemove={
              entries.length > 1
                ? () => setEntries((current) => current.filter(({ key }) => key !== entry.key))
                : undefined
            }
          />
        ))}
        <Button onPress={() => setEntries((current) => [...current, anEntry()])}>Add a procedure</Button>
      </div>
      <div className="dialog-actions">
        <Button onPress={onClose}>Not now</Button>
        <Button type="submit" className="primary" isDisabled={isUnderWay(state)}>
          Complete the visit
        </Button>
      </div>
    </Form>
  );
};
