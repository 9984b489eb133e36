import { TextInput } from './form-fields';

interface AddressFieldsProps {
  /** The API's name of the address (`address`, `subscriber.address`), so a refused part finds its input. */
  name: string;
  /** Whose address it is, when it is not the patient's own ("Policy holder's"). */
  whose?: string;
  defaults?: Partial<Record<'line1' | 'city' | 'state' | 'postalCode', string>>;
}

const labelled = (whose: string | undefined, label: string) =>
  whose ? `${whose} ${label}` : `${label.charAt(0).toUpperCase()}${label.slice(1)}`;

/** A US postal address as claims need it: street, city, two-letter state and ZIP code. */
export const AddressFields = ({ name, whose, defaults = {} }: AddressFieldsProps) => (
  <>
    <TextInput
      name={`${name}.line1`}
      label={labelled(whose, 'street address')}
      isRequired
      defaultValue={defaults.line1}
    />
    <TextInput name={`${name}.city`} label={labelled(whose, 'city')} isRequired defaultValue={defaults.city} />
    <TextInput
      name={`${name}.state`}
      label={labelled(whose, 'state')}
      isRequired
      defaultValue={defaults.state}
      description="Two letters, e.g. IL"
    />
    <TextInput
      name={`${name}.postalCode`}
      label={labelled(whose, 'ZIP code')}
      isRequired
      defaultValue={defaults.postalCode}
    />
  </>
);
