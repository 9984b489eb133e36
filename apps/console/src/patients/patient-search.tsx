import { createContext, useContext, useState, type ReactNode } from 'react';
import {
  Autocomplete,
  Dialog,
  Heading,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Modal,
  SearchField,
  Text,
} from 'react-aria-components';
import { patientName, type Patient } from '../calendar/day-data';
import { navigate } from '../navigation/navigation';
import { useShortcuts } from '../shortcuts/shortcuts';
import { patientPath, useFoundPatients } from './patient-data';
import { spokenPhone } from './patient-labels';
import { readSearch } from './search-criteria';
import './patients.css';

const OpenPatientSearchContext = createContext<(() => void) | undefined>(undefined);

/** For the visible button beside the shortcut. */
export const useOpenPatientSearch = (): (() => void) => {
  const open = useContext(OpenPatientSearchContext);
  if (!open) throw new Error('patient search is used outside PatientSearchProvider');
  return open;
};

/** Patient search from anywhere in the console: `/` or Ctrl K, or the button in the top bar. */
export const PatientSearchProvider = ({ children }: { children: ReactNode }) => {
  const [searching, setSearching] = useState(false);
  const open = () => setSearching(true);
  useShortcuts([
    { key: '/', label: 'Find a patient', run: open },
    { key: 'k', withCtrl: true, label: 'Find a patient', run: open },
  ]);
  return (
    <OpenPatientSearchContext.Provider value={open}>
      {children}
      {searching && <PatientSearchDialog onClose={() => setSearching(false)} />}
    </OpenPatientSearchContext.Provider>
  );
};

const describe = (patient: Patient) => `${patientName(patient)}, born ${patient.dateOfBirth}`;

const PatientSearchDialog = ({ onClose }: { onClose(): void }) => {
  const [text, setText] = useState('');
  const reading = readSearch(text);
  const criteria = 'criteria' in reading ? reading.criteria : undefined;
  const found = useFoundPatients(criteria);
  const status = found.isError
    ? 'The search did not go through. Try again.'
    : 'hint' in reading
      ? reading.hint
      : found.isFetching
        ? 'Searching…'
        : `${found.data?.length ?? 0} found. Arrow keys choose, Enter opens the patient.`;
  const open = (id: string) => {
    onClose();
    navigate(patientPath({ id }));
  };

  return (
    <Modal isOpen isDismissable onOpenChange={(isOpen) => !isOpen && onClose()} className="modal">
      <Dialog className="dialog">
        <Heading slot="title">Find a patient</Heading>
        <Autocomplete inputValue={text} onInputChange={setText}>
          <SearchField autoFocus aria-describedby="patient-search-status">
            <Label>Name, date of birth or phone</Label>
            <Input placeholder="Last, First — MM/DD/YYYY — (312) 555-0100" />
          </SearchField>
          <Text id="patient-search-status" elementType="p" className="hint" role="status">
            {status}
          </Text>
          <ListBox<Patient>
            aria-label="Patients found"
            className="search-results"
            items={criteria ? (found.data ?? []) : []}
            onAction={(key) => open(String(key))}
            renderEmptyState={() => (criteria && !found.isFetching ? 'No patient matches.' : null)}
          >
            {(patient) => (
              <ListBoxItem textValue={describe(patient)}>
                <span className="result-name">{patientName(patient)}</span>
                <span className="result-facts">
                  born {patient.dateOfBirth} · {spokenPhone(patient.phone)}
                </span>
              </ListBoxItem>
            )}
          </ListBox>
        </Autocomplete>
      </Dialog>
    </Modal>
  );
};
