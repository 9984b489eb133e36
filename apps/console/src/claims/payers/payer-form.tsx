import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { addressFrom, onFormData, textOf } from '../../forms/form-data';
import { useFormRefusal } from '../../forms/form-refusal';
import { Choice, FormProblem, TextInput } from '../../patients/form-fields';
import { AddressFields } from '../address-fields';
import { CLAIM_FILING_INDICATOR_WORDS } from './claim-filing-indicators';
import { type ClaimFilingIndicator, type Payer, type PayerFields, useSavePayer } from './payers-data';

interface PayerFormProps {
  /** The payer being changed; none for a new one, which may come with its electronic id from a claim. */
  payer?: Payer;
  electronicPayerId?: string;
  onDone(saved: string): void;
  onCancel(): void;
}

const fieldsFrom = (form: FormData): PayerFields => ({
  name: textOf(form, 'name'),
  electronicPayerId: textOf(form, 'electronicPayerId'),
  claimFilingIndicator: textOf(form, 'claimFilingIndicator') as ClaimFilingIndicator,
  timelyFilingDays: Number(textOf(form, 'timelyFilingDays')),
  address: addressFrom(form),
});

/** A payer as claims need it: who, the id the clearinghouse routes by, the kind of plan, its filing limit and address. */
export const PayerForm = ({ payer, electronicPayerId, onDone, onCancel }: PayerFormProps) => {
  const save = useSavePayer();
  const refusal = useFormRefusal(save.error, { notDone: 'The payer was not saved' });
  const [indicator, setIndicator] = useState<ClaimFilingIndicator | undefined>(payer?.claimFilingIndicator);
  const title = payer ? `Edit ${payer.name}` : 'Add a payer';

  return (
    <Form
      className="claim-form"
      aria-label={title}
      validationErrors={refusal.errors}
      onSubmit={onFormData((form) => {
        const fields = fieldsFrom(form);
        save.mutate({ id: payer?.id, fields }, { onSuccess: () => onDone(fields.name) });
      })}
    >
      <h2>{title}</h2>
      <div className="fields" onInput={refusal.onInput}>
        <TextInput name="name" label="Payer name" isRequired defaultValue={payer?.name} />
        <TextInput
          name="electronicPayerId"
          label="Electronic payer id"
          description="As on the patient’s card and coverage"
          isRequired
          defaultValue={payer?.electronicPayerId ?? electronicPayerId}
        />
        <Choice
          name="claimFilingIndicator"
          label="Kind of plan"
          choices={CLAIM_FILING_INDICATOR_WORDS}
          selected={indicator}
          onChange={setIndicator}
          isRequired
        />
        <TextInput
          name="timelyFilingDays"
          label="Filing limit (days after the date of service)"
          isRequired
          defaultValue={String(payer?.timelyFilingDays ?? 90)}
        />
        <AddressFields address={payer?.address} />
      </div>
      <FormProblem problem={refusal.problem} />
      <div className="dialog-actions">
        <Button onPress={onCancel}>Cancel</Button>
        <Button type="submit" className="primary" isDisabled={save.isPending}>
          Save the payer
        </Button>
      </div>
    </Form>
  );
};
