import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

interface ChoiceOfProps {
  label: string;
  items: Array<{ id: string; label: string }>;
  selected: string | undefined;
  onChange(id: string): void;
}

/** One labelled choice from a short list: a provider, a visit type. */
export const ChoiceOf = ({ label, items, selected, onChange }: ChoiceOfProps) => (
  <Select selectedKey={selected ?? null} onSelectionChange={(key) => onChange(String(key))}>
    <Label>{label}</Label>
    <Button>
      <SelectValue />
    </Button>
    <Popover>
      <ListBox items={items}>{(item) => <ListBoxItem textValue={item.label}>{item.label}</ListBoxItem>}</ListBox>
    </Popover>
  </Select>
);

export const providerChoices = (providers: Array<{ id: string; displayName: string }>) =>
  providers.map(({ id, displayName }) => ({ id, label: displayName }));

export const visitTypeChoices = (
  types: Array<{ id: string; name: string; durationMinutes: number; active: boolean }>,
) =>
  types
    .filter((type) => type.active)
    .map(({ id, name, durationMinutes }) => ({ id, label: `${name} (${durationMinutes} min)` }));
