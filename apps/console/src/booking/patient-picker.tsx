import { useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { patientName, type Patient } from '../calendar/day-data';
import { useFoundPatients, type PatientCriteria } from '../patients/patient-data';
import { readSearch } from '../patients/search-criteria';

const describe = (patient: Patient) => `${patientName(patient)} (born ${patient.dateOfBirth})`;

interface PatientPickerProps {
  picked: Patient | undefined;
  onPick(patient: Patient | undefined): void;
  /** Nobody on file fits: register them, starting from the name typed so far. */
  onNewPatient(name: PatientCriteria): void;
}

export const PatientPicker = ({ picked, onPick, onNewPatient }: PatientPickerProps) => {
  const [text, setText] = useState(picked ? describe(picked) : '');
  // Once a patient is picked the box shows their full description, which is not a name to search for.
  const showsPick = picked !== undefined && text === describe(picked);
  const reading = showsPick ? undefined : readSearch(text);
  const criteria = reading && 'criteria' in reading ? reading.criteria : undefined;
  const { data, isFetching } = useFoundPatients(criteria);
  const patients = showsPick ? [picked] : (data ?? []);

  return (
    <div className="patient-picker">
      <ComboBox
        items={patients}
        inputValue={text}
        onInputChange={setText}
        selectedKey={picked?.id ?? null}
        onSelectionChange={(key) => {
          const patient = patients.find((candidate) => candidate.id === key);
          if (patient) setText(describe(patient));
          onPick(patient);
        }}
        menuTrigger="input"
        // Results arrive after the typing stops: the list must open empty and fill in, not stay shut.
        allowsEmptyCollection
        isRequired
      >
        <Label>Patient</Label>
        {/* The patient is what the desk fills in first, and where it returns to after registering one. */}
        <Input autoFocus placeholder="Last name, first name — or date of birth, or phone" />
        <Text slot="description">
          {isFetching
            ? 'Searching…'
            : reading && 'hint' in reading
              ? reading.hint
              : 'Choose the patient from the list.'}
        </Text>
        <Popover>
          <ListBox<Patient>
            renderEmptyState={() =>
              isFetching || !criteria ? 'Searching…' : 'No patient matches. Register them as new.'
            }
          >
            {(patient) => <ListBoxItem textValue={describe(patient)}>{describe(patient)}</ListBoxItem>}
          </ListBox>
        </Popover>
      </ComboBox>
      <Button onPress={() => onNewPatient(criteria?.lastName ? criteria : {})}>Register a new patient</Button>
    </div>
  );
};
