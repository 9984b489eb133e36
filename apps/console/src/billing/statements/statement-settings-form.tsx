import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { AddressFields } from '../../claims/address-fields';
import { addressFrom, onFormData, textOf } from '../../forms/form-data';
import { useFormRefusal } from '../../forms/form-refusal';
import { FormProblem, TextInput } from '../../patients/form-fields';
import { billingRefusal } from '../billing-wording';
import {
  type StatementSettings,
  type StatementSettingsFields,
  useSetStatementSettings,
  useStatementSettings,
} from './statements-data';

/** Field names are the API's own, so a refused field finds its input by name. */
const fieldsFrom = (form: FormData): StatementSettingsFields => ({
  payToName: textOf(form, 'payToName'),
  returnAddress: addressFrom(form, 'returnAddress'),
  billingPhone: textOf(form, 'billingPhone').replace(/\D/g, ''),
});

const SettingsForm = ({ settings, onSaved }: { settings: StatementSettings | null; onSaved(): void }) => {
  const save = useSetStatementSettings();
  const refusal = useFormRefusal(save.error, { notDone: 'The settings were not saved' });

  return (
    <Form
      className="claim-form"
      aria-label="What statements say of the clinic"
      validationErrors={refusal.errors}
      onSubmit={onFormData((form) => save.mutate(fieldsFrom(form), { onSuccess: onSaved }))}
    >
      <div className="fields" onInput={refusal.onInput}>
        <TextInput
          name="payToName"
          label="Name to pay"
          description="Checks are made payable to this name"
          isRequired
          defaultValue={settings?.payToName}
        />
        <AddressFields name="returnAddress" address={settings?.returnAddress} zipAdvice="Where patients mail checks" />
        <TextInput
          name="billingPhone"
          label="Phone for billing questions"
          description="Ten digits, such as 312 555 0142"
          type="tel"
          isRequired
          defaultValue={settings?.billingPhone}
        />
      </div>
      <FormProblem problem={refusal.problem} />
      <div className="dialog-actions">
        <Button type="submit" className="primary" isDisabled={save.isPending}>
          Save the statement settings
        </Button>
      </div>
    </Form>
  );
};

/** The clinic's name to pay, return address and billing phone, printed on every statement issued after they are saved. */
export const StatementSettingsSection = () => {
  const settings = useStatementSettings();
  const [saved, setSaved] = useState(false);

  return (
    <section aria-labelledby="statement-settings-heading">
      <h2 id="statement-settings-heading">What statements say of the clinic</h2>
      {settings.data === null && (
        <p>Not set yet: statements name the clinic by its legal name only, with no return address or phone.</p>
      )}
      {saved && <p role="status">Saved. Statements issued from now on carry these.</p>}
      <FormProblem
        problem={settings.error ? billingRefusal(settings.error, 'The settings were not read') : undefined}
      />
      {settings.data !== undefined && (
        <SettingsForm key={settings.data?.updatedAt ?? 'new'} settings={settings.data} onSaved={() => setSaved(true)} />
      )}
    </section>
  );
};
