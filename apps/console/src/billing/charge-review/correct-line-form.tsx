import { useState } from 'react';
import { Button, FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { onFormData } from '../../forms/form-data';
import { useFormRefusal } from '../../forms/form-refusal';
import { type Charge, type ChargeCorrection, useCorrectCharge } from '../billing-data';
import { refusedFieldsOf } from '../../forms/refusals';

interface CorrectLineFormProps {
  charge: Charge;
  /** Told what was done, or nothing when the clerk kept the line. */
  onDone(announcement?: string): void;
  onRefused(error: unknown): void;
}

/** A refused modifier (`modifiers.1`) is shown under the one input that holds them all. */
const fieldsOfForm = (error: unknown) => refusedFieldsOf(error, (field) => field.split('.')[0]);

const correctionFrom = (form: FormData): ChargeCorrection | undefined => {
  const units = Number(String(form.get('units')).trim());
  if (!Number.isInteger(units)) return undefined;
  return {
    procedureCode: String(form.get('procedureCode')).trim().toUpperCase(),
    modifiers: String(form.get('modifiers')).trim().toUpperCase().split(/\s+/).filter(Boolean),
    units,
  };
};

/** A posted line is never edited: billing voids it and posts the line as it should have been, priced that day. */
export const CorrectLineForm = ({ charge, onDone, onRefused }: CorrectLineFormProps) => {
  const correct = useCorrectCharge();
  const [unreadable, setUnreadable] = useState<Record<string, string>>();
  const refusal = useFormRefusal(correct.error, { fieldsOf: fieldsOfForm, typedWrong: unreadable });

  return (
    <Form
      className="visit-form"
      aria-label={`Correct line ${charge.lineNumber}`}
      validationErrors={refusal.errors}
      onSubmit={onFormData((form) => {
        const body = correctionFrom(form);
        if (!body) return setUnreadable({ units: 'Enter a whole number of units, such as 1.' });
        setUnreadable(undefined);
        correct.mutate(
          { charge, body },
          {
            onSuccess: () => onDone(`Line ${charge.lineNumber} was voided and its correction posted.`),
            onError: onRefused,
          },
        );
      })}
    >
      <p>{`Line ${charge.lineNumber} (${[charge.procedureCode, ...charge.modifiers].join(' ')}) will be voided and the corrected line posted in its place, with the same diagnoses.`}</p>
      <div onInput={refusal.onInput} className="toolbar">
        <TextField name="procedureCode" defaultValue={charge.procedureCode} isRequired autoFocus className="field">
          <Label>Corrected code (CPT/HCPCS)</Label>
          <Input />
          <Text slot="description">Priced by the fee schedule in force on the date of service.</Text>
          <FieldError className="field-error" />
        </TextField>
        <TextField name="modifiers" defaultValue={charge.modifiers.join(' ')} className="field">
          <Label>Modifiers</Label>
          <Input />
          <Text slot="description">Up to four, separated by spaces, e.g. 25 59.</Text>
          <FieldError className="field-error" />
        </TextField>
        <TextField name="units" defaultValue={String(charge.units)} isRequired className="field">
          <Label>Units</Label>
          <Input inputMode="numeric" />
          <FieldError className="field-error" />
        </TextField>
      </div>
      <div className="dialog-actions">
        <Button onPress={() => onDone()}>Keep the line</Button>
        <Button type="submit" className="primary" isDisabled={correct.isPending}>
          Void and post the correction
        </Button>
      </div>
    </Form>
  );
};
