import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { billingRefusal, refusedFieldsOf } from '../../billing/billing-wording';
import { Choice, FormProblem, TextInput } from '../../patients/form-fields';
import { useRefusedFields } from '../../visits/refused-fields';
import { AddressFields } from '../address-fields';
import { addressFrom, textOf } from '../form-values';
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
  const fieldErrors = save.error ? refusedFieldsOf(save.error) : undefined;
  const refused = useRefusedFields(fieldErrors);
  const isRefusedWhole = save.error !== null && Object.keys(fieldErrors ?? {}).length === 0;
  const [indicator, setIndicator] = useState<ClaimFilingIndicator | undefined>(payer?.claimFilingIndicator);
  const title = payer ? `Edit ${payer.name}` : 'Add a payer';

  return (
    <Form
      className="claim-form"
      aria-label={title}
      validationErrors={refused.errors}
      onSubmit={(event) => {
        event.preventDefault();
        const fields = fieldsFrom(new FormData(event.currentTarget));
        save.mutate({ id: payer?.id, fields }, { onSuccess: () => onDone(fields.name) });
      }}
    >
      <h2>{title}</h2>
      <div className="fields" onInput={refused.onInput}>
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
      <FormProblem problem={isRefusedWhole ? billingRefusal(save.error, 'The payer was not saved') : undefined} />
      <div className="dialog-actions">
        <Button onPress={onCancel}>Cancel</Button>
        <Button type="submit" className="primary" isDisabled={save.isPending}>
          Save the payer
        </Button>
      </div>
    </Form>
  );
};
