import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { api } from '../api/client';
import { dataOrThrow } from '../api/problem';
import { patientName, type Patient } from '../calendar/day-data';

/** "Sample" or "Sample, Jo": last name, then optionally the first name, each a prefix, as the desk asks a caller. */
const criteriaOf = (text: string) => {
  const [lastName, firstName] = text.split(',').map((part) => part.trim());
  return { lastName: lastName || undefined, firstName: firstName || undefined, limit: 20 };
};

const describe = (patient: Patient) => `${patientName(patient)} (born ${patient.dateOfBirth})`;

export const PatientPicker = ({ onPick }: { onPick(patient: Patient | undefined): void }) => {
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Patient>();
  // Once a patient is picked the box shows their full description, which is not a name to search for.
  const showsPick = picked !== undefined && text === describe(picked);
  const search = !showsPick && text.trim().length >= 2 ? text.trim() : '';
  const { data, isFetching } = useQuery({
    queryKey: ['patient-search', search],
    enabled: search !== '',
    queryFn: async () => dataOrThrow(await api.POST('/api/v1/patients/search', { body: criteriaOf(search) })).items,
  });
  const patients = showsPick ? [picked] : (data ?? []);

  return (
    <ComboBox
      items={patients}
      inputValue={text}
      onInputChange={setText}
      selectedKey={picked?.id ?? null}
      onSelectionChange={(key) => {
        const patient = patients.find((candidate) => candidate.id === key);
        setPicked(patient);
        if (patient) setText(describe(patient));
        onPick(patient);
      }}
      menuTrigger="input"
      // Results arrive after the typing stops: the list must open empty and fill in, not stay shut.
      allowsEmptyCollection
      isRequired
    >
      <Label>Patient</Label>
      <Input placeholder="Last name, first name" />
      <Text slot="description">{isFetching ? 'Searching…' : 'Type at least two letters of the last name.'}</Text>
      <Popover>
        <ListBox<Patient>
          renderEmptyState={() => (isFetching || search === '' ? 'Searching…' : 'No patient by that name.')}
        >
          {(patient) => <ListBoxItem textValue={describe(patient)}>{describe(patient)}</ListBoxItem>}
        </ListBox>
      </Popover>
    </ComboBox>
  );
};
