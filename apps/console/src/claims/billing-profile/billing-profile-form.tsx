import { Button, Form } from 'react-aria-components';
import { addressFrom, onFormData, optionalTextOf, textOf } from '../../forms/form-data';
import { useFormRefusal } from '../../forms/form-refusal';
import { FormProblem, TextInput } from '../../patients/form-fields';
import { AddressFields } from '../address-fields';
import { type BillingProfile, type BillingProfileFields, useSetBillingProfile } from './billing-profile-data';

/** The form replaces the whole profile, so what it does not show (places of service per location) goes back as it was. */
const fieldsFrom = (form: FormData, profile: BillingProfile): BillingProfileFields => ({
  organizationName: textOf(form, 'organizationName'),
  npi: textOf(form, 'npi'),
  tin: optionalTextOf(form, 'tin')?.replace('-', ''),
  taxonomyCode: optionalTextOf(form, 'taxonomyCode')?.toUpperCase(),
  address: addressFrom(form),
  placeOfService: optionalTextOf(form, 'placeOfService'),
  locationPlacesOfService: profile.locationPlacesOfService,
  submitterId: optionalTextOf(form, 'submitterId'),
  receiverId: optionalTextOf(form, 'receiverId'),
});

/** The clinic as the billing provider on every claim, and its ids at the clearinghouse. */
export const BillingProfileForm = ({ profile, onSaved }: { profile: BillingProfile; onSaved(): void }) => {
  const save = useSetBillingProfile();
  const refusal = useFormRefusal(save.error, { notDone: 'The billing profile was not saved' });

  return (
    <Form
      className="claim-form"
      aria-label="Billing profile"
      validationErrors={refusal.errors}
      onSubmit={onFormData((form) => save.mutate(fieldsFrom(form, profile), { onSuccess: onSaved }))}
    >
      <div className="fields" onInput={refusal.onInput}>
        <TextInput name="organizationName" label="Legal name" isRequired defaultValue={profile.organizationName} />
        <TextInput name="npi" label="Group NPI" isRequired defaultValue={profile.npi} />
        <TextInput
          name="tin"
          label="Tax id (EIN)"
          description="Nine digits, such as 123456789"
          defaultValue={profile.tin ?? undefined}
        />
        <TextInput
          name="taxonomyCode"
          label="Taxonomy code"
          description="Ten characters, such as 207Q00000X"
          defaultValue={profile.taxonomyCode ?? undefined}
        />
        <AddressFields
          address={profile.address}
          zipAdvice="A street address, not a PO box, with the nine-digit ZIP, such as 62701-1234"
        />
        <TextInput
          name="placeOfService"
          label="Place of service"
          description="Two digits: 11 office, 02 telehealth"
          defaultValue={profile.placeOfService}
        />
        <TextInput
          name="submitterId"
          label="Submitter id at the clearinghouse"
          defaultValue={profile.submitterId ?? undefined}
        />
        <TextInput name="receiverId" label="Clearinghouse receiver id" defaultValue={profile.receiverId ?? undefined} />
      </div>
      <FormProblem problem={refusal.problem} />
      <div className="dialog-actions">
        <Button type="submit" className="primary" isDisabled={save.isPending}>
          Save the billing profile
        </Button>
      </div>
    </Form>
  );
};
