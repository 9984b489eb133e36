import { useState } from 'react';
import type { Schemas } from '../api/client';
import { AddressFields } from './address-fields';
import { Choice, TextInput } from './form-fields';
import { POLICY_HOLDER_LABELS, SEX_LABELS, type PolicyHolder } from './patient-labels';

/**
 * Who holds the policy. For anyone but the patient, claims name the holder's name, birth date, sex and address, so the
 * desk is asked for all of them.
 */
export const PolicyHolderFields = ({ holder: recorded }: { holder?: Schemas['Subscriber'] }) => {
  const [holder, setHolder] = useState<PolicyHolder>(recorded?.relationship ?? 'self');
  const address = recorded?.address;
  return (
    <>
      <Choice<PolicyHolder>
        name="subscriber.relationship"
        label="Policy holder"
        choices={POLICY_HOLDER_LABELS}
        selected={holder}
        onChange={setHolder}
        isRequired
      />
      {holder !== 'self' && (
        <>
          <TextInput
            name="subscriber.lastName"
            label="Policy holder's last name"
            isRequired
            defaultValue={recorded?.lastName}
          />
          <TextInput
            name="subscriber.firstName"
            label="Policy holder's first name"
            isRequired
            defaultValue={recorded?.firstName}
          />
          <TextInput
            name="subscriber.dateOfBirth"
            label="Policy holder's date of birth"
            type="date"
            isRequired
            defaultValue={recorded?.dateOfBirth}
          />
          <Choice
            name="subscriber.sex"
            label="Policy holder's sex"
            choices={SEX_LABELS}
            defaultSelected={recorded?.sex}
            isRequired
          />
          <AddressFields name="subscriber.address" whose="Policy holder's" defaults={address} />
        </>
      )}
    </>
  );
};
