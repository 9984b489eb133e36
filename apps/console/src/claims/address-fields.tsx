import { TextInput } from '../patients/form-fields';
import type { PostalAddress } from './payers/payers-data';

interface AddressFieldsProps {
  address?: PostalAddress | null;
  /** What the claim needs of this address, said beside the ZIP code. */
  zipAdvice?: string;
}

export const AddressFields = ({ address, zipAdvice }: AddressFieldsProps) => (
  <>
    <TextInput name="address.line1" label="Street address" isRequired defaultValue={address?.line1} />
    <TextInput name="address.line2" label="Suite or floor (optional)" defaultValue={address?.line2 ?? undefined} />
    <TextInput name="address.city" label="City" isRequired defaultValue={address?.city} />
    <TextInput
      name="address.state"
      label="State"
      isRequired
      description="Two letters, e.g. IL"
      defaultValue={address?.state}
    />
    <TextInput
      name="address.postalCode"
      label="ZIP code"
      isRequired
      description={zipAdvice}
      defaultValue={address?.postalCode}
    />
  </>
);
