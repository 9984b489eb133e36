import { Checkbox, CheckboxGroup, FieldError, Group, Input, Label, NumberField, Text } from 'react-aria-components';

interface CountFieldProps {
  name: string;
  label: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  description?: string;
  isRequired?: boolean;
}

export const CountField = ({ name, label, value, onChange, description, isRequired }: CountFieldProps) => (
  <NumberField
    name={name}
    className="field"
    minValue={0}
    step={1}
    value={value ?? NaN}
    isRequired={isRequired}
    onChange={(next) => onChange(Number.isNaN(next) ? undefined : next)}
  >
    <Label>{label}</Label>
    <Group>
      <Input />
    </Group>
    {description && <Text slot="description">{description}</Text>}
    <FieldError className="field-error" />
  </NumberField>
);

interface ChecklistProps<K extends string> {
  name: string;
  label: string;
  choices: Array<{ id: K; text: string }>;
  value: K[];
  onChange(value: K[]): void;
  description?: string;
}

export const Checklist = <K extends string>({
  name,
  label,
  choices,
  value,
  onChange,
  description,
}: ChecklistProps<K>) => (
  <CheckboxGroup name={name} className="field checklist" value={value} onChange={(next) => onChange(next as K[])}>
    <Label>{label}</Label>
    {choices.map((choice) => (
      <Checkbox key={choice.id} value={choice.id} className="checkbox">
        <span className="checkbox-box" aria-hidden="true" />
        {choice.text}
      </Checkbox>
    ))}
    {description && <Text slot="description">{description}</Text>}
    <FieldError className="field-error" />
  </CheckboxGroup>
);
