import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { onFormData } from '../../forms/form-data';
import { useFormRefusal } from '../../forms/form-refusal';
import { TextInput } from '../../patients/form-fields';
import { type Claim, type ClaimFix, useFixClaim } from '../claims-data';

interface FixClaimFormProps {
  claim: Claim;
  onDone(): void;
  onCancel(): void;
  onRefused(error: unknown): void;
}

const listed = (typed: string): string[] =>
  typed
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);

const pointersField = (index: number) => `lines.${index}.diagnosisPointers`;

/** What the clerk typed as the claim's fix, or the fields that are not positions or codes at all. */
const fixFrom = (form: FormData, claim: Claim): { fix: ClaimFix } | { typedWrong: Record<string, string> } => {
  const diagnoses = listed(String(form.get('diagnoses') ?? '')).map((code) => code.toUpperCase());
  const lines = (claim.lines ?? []).map((line, index) => ({
    lineId: line.id,
    diagnosisPointers: listed(String(form.get(pointersField(index)) ?? '')).map(Number),
  }));
  const typedWrong = Object.fromEntries(
    lines.flatMap(({ diagnosisPointers }, index) =>
      diagnosisPointers.length === 0 || diagnosisPointers.some((pointer) => !Number.isInteger(pointer))
        ? [[pointersField(index), 'Enter the positions of the diagnoses this line treats, such as 1, 2.']]
        : [],
    ),
  );
  return Object.keys(typedWrong).length > 0 ? { typedWrong } : { fix: { diagnoses, lines } };
};

/** The claim's own fix: its diagnoses in order and where each line points; the service scrubs it again at once. */
export const FixClaimForm = ({ claim, onDone, onCancel, onRefused }: FixClaimFormProps) => {
  const fix = useFixClaim();
  const [typedWrong, setTypedWrong] = useState<Record<string, string>>();
  const refusal = useFormRefusal(fix.error, { typedWrong });

  return (
    <Form
      className="claim-form"
      aria-label="Fix diagnoses and pointers"
      validationErrors={refusal.errors}
      onSubmit={onFormData((form) => {
        const typed = fixFrom(form, claim);
        if ('typedWrong' in typed) {
          setTypedWrong(typed.typedWrong);
        } else {
          setTypedWrong(undefined);
          fix.mutate({ id: claim.id, fix: typed.fix }, { onSuccess: onDone, onError: onRefused });
        }
      })}
    >
      <div className="fields" onInput={refusal.onInput}>
        <TextInput
          name="diagnoses"
          label="Diagnoses in order (ICD-10-CM)"
          description="Separated by commas, such as J06.9, R05.9; lines point to them by position."
          defaultValue={claim.diagnoses.join(', ')}
          isRequired
        />
        {(claim.lines ?? []).map((line, index) => (
          <TextInput
            key={line.id}
            name={pointersField(index)}
            label={`Line ${index + 1} (${line.procedureCode}) points to diagnoses`}
            defaultValue={line.diagnosisPointers.join(', ')}
            isRequired
          />
        ))}
      </div>
      <div className="dialog-actions">
        <Button onPress={onCancel}>Keep it as it is</Button>
        <Button type="submit" className="primary" isDisabled={fix.isPending}>
          Save and scrub again
        </Button>
      </div>
    </Form>
  );
};
