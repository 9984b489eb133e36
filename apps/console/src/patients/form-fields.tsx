import {
  Button,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextField,
} from 'react-aria-components';

interface TextInputProps {
  name: string;
  label: string;
  type?: 'text' | 'date' | 'tel' | 'email';
  isRequired?: boolean;
  defaultValue?: string;
  autoComplete?: string;
  description?: string;
}

/** A labelled input whose refusal (from the form's validation errors, by `name`) shows right under it. */
export const TextInput = ({ name, label, type = 'text', description, autoComplete, ...field }: TextInputProps) => (
  <TextField name={name} type={type} className="field" {...field}>
    <Label>{label}</Label>
    <Input autoComplete={autoComplete} />
    {description && <Text slot="description">{description}</Text>}
    <FieldError className="field-error" />
  </TextField>
);

interface ChoiceProps<K extends string> {
  name: string;
  label: string;
  choices: Record<K, string>;
  selected?: K;
  /** What a form editing a record starts from, when the choice is not followed by the form. */
  defaultSelected?: K;
  onChange?(key: K): void;
  isRequired?: boolean;
}

export const Choice = <K extends string>({
  name,
  label,
  choices,
  selected,
  defaultSelected,
  onChange,
  isRequired,
}: ChoiceProps<K>) => (
  <Select
    name={name}
    className="field"
    placeholder="Choose…"
    isRequired={isRequired}
    defaultSelectedKey={defaultSelected}
    {...(selected === undefined ? {} : { selectedKey: selected })}
    onSelectionChange={(key) => onChange?.(String(key) as K)}
  >
    <Label>{label}</Label>
    <Button>
      <SelectValue />
    </Button>
    <FieldError className="field-error" />
    <Popover>
      <ListBox items={Object.entries<string>(choices).map(([id, text]) => ({ id, text }))}>
        {(choice) => <ListBoxItem>{choice.text}</ListBoxItem>}
      </ListBox>
    </Popover>
  </Select>
);

/** Why the server refused the form as a whole, announced as soon as it shows. */
export const FormProblem = ({ problem }: { problem?: string }) =>
  problem ? (
    <p role="alert" className="problem">
      {problem}
    </p>
  ) : null;
