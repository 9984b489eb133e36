import { TextInput } from '../patients/form-fields';
import type { PostalAddress } from './payers/payers-data';

interface AddressFieldsProps {
  /** The API's name of the address, so a refused part finds its input; `address` unless said. */
  name?: string;
  address?: PostalAddress | null;
  /** What the claim needs of this address, said beside the ZIP code. */
  zipAdvice?: string;
}

export const AddressFields = ({ name = 'address', address, zipAdvice }: AddressFieldsProps) => (
  <>
    <TextInput name={`${name}.line1`} label="Street address" isRequired defaultValue={address?.line1} />
    <TextInput name={`${name}.line2`} label="Suite or floor (optional)" defaultValue={address?.line2 ?? undefined} />
    <TextInput name={`${name}.city`} label="City" isRequired defaultValue={address?.city} />
    <TextInput
      name={`${name}.state`}
      label="State"
      isRequired
      description="Two letters, e.g. IL"
      defaultValue={address?.state}
    />
    <TextInput
      name={`${name}.postalCode`}
      label="ZIP code"
      isRequired
      description={zipAdvice}
      defaultValue={address?.postalCode}
    />
  </>
);
