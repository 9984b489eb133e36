import type { Schemas } from '../api/client';
import type { Patient } from '../calendar/day-data';
import { addressFrom } from '../forms/form-data';
import { AddressFields } from './address-fields';
import { ChangeForm } from './change-form';
import { useUpdatePatient } from './patient-changes';

interface EditAddressFormProps {
  patient: Patient;
  onDone(): void;
}

/** A patient who moved: statements and claims name the address on file. */
export const EditAddressForm = ({ patient, onDone }: EditAddressFormProps) => {
  const update = useUpdatePatient(patient.id);
  return (
    <ChangeForm
      label="Change the address"
      error={update.error}
      isPending={update.isPending}
      onSave={(form) =>
        update.mutate({ address: addressFrom<Schemas['AddressDto']['state']>(form, 'address') }, { onSuccess: onDone })
      }
      onCancel={onDone}
    >
      <AddressFields name="address" defaults={patient.address} />
    </ChangeForm>
  );
};
