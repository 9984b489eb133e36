import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import {
  Button,
  Dialog,
  Heading,
  Label,
  ListBox,
  ListBoxItem,
  Modal,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import { api } from '../api/client';
import { dataOrThrow } from '../api/problem';
import type { FreeStart } from '../calendar/calendar-grid';
import {
  patientName,
  refreshLocationCalendar,
  type Appointment,
  type AppointmentType,
  type Location,
  type Patient,
} from '../calendar/day-data';
import { clockTimeIn, spokenDate, spokenTime, todayIn } from '../calendar/wall-clock';
import { useNow } from '../clock/browser-clock';
import type { PatientCriteria } from '../patients/patient-data';
import { RegisterPatientForm } from '../patients/register-patient-form';
import { refusalInWords, type Refusal } from './booking-refusal';
import { RefusalAlert } from './refusal-alert';
import { PatientPicker } from './patient-picker';

interface BookingDialogProps {
  start: FreeStart;
  location: Location;
  appointmentTypes: AppointmentType[];
  onClose(): void;
  onBooked(visit: Appointment, patient: Patient): void;
}

const shortestFirst = (types: AppointmentType[]) => [...types].sort((a, b) => a.durationMinutes - b.durationMinutes);

/** Book from an empty slot: provider, time and location come from the slot; the person picks the patient and the visit type. */
export const BookingDialog = ({ start, location, appointmentTypes, onClose, onBooked }: BookingDialogProps) => {
  const queryClient = useQueryClient();
  const now = useNow();
  const [startsAt, setStartsAt] = useState(start.startsAt);
  const [patient, setPatient] = useState<Patient>();
  const [registering, setRegistering] = useState<PatientCriteria>();
  // A start found for a visit type books that type; the grid's free starts fit the shortest, so that is the likeliest.
  const [typeId, setTypeId] = useState(start.appointmentTypeId ?? shortestFirst(appointmentTypes)[0]?.id);
  const [refusal, setRefusal] = useState<Refusal>();
  // A retried click after a dropped answer cannot book the same visit twice; a changed choice is a new request.
  const dialogKey = useMemo(() => crypto.randomUUID(), []);
  const time = spokenTime(clockTimeIn(startsAt, location.timeZone));

  const book = useMutation({
    mutationFn: async () =>
      dataOrThrow(
        await api.POST('/api/v1/appointments', {
          params: { header: { 'Idempotency-Key': `${dialogKey}:${patient?.id}:${typeId}:${startsAt}` } },
          body: {
            patientId: patient?.id ?? '',
            providerId: start.provider.id,
            locationId: location.id,
            appointmentTypeId: typeId ?? '',
            startsAt,
          },
        }),
      ),
    onMutate: () => setRefusal(undefined),
    onError: (error) => setRefusal(refusalInWords(error, start.provider, time)),
    onSuccess: async (visit) => {
      await refreshLocationCalendar(queryClient, location.id);
      if (patient) onBooked(visit, patient);
    },
  });

  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal">
      <Dialog className="dialog">
        <Heading slot="title">Book a visit</Heading>
        <dl className="booking-facts">
          <dt>Provider</dt>
          <dd>{start.provider.displayName}</dd>
          <dt>Time</dt>
          <dd>
            {spokenDate(todayIn(location.timeZone, new Date(startsAt)))}, {time} ({location.timeZone})
          </dd>
          <dt>Location</dt>
          <dd>{location.name}</dd>
        </dl>
        {registering ? (
          <RegisterPatientForm
            name={registering}
            today={todayIn(location.timeZone, now)}
            onRegistered={(registered) => {
              setPatient(registered);
              setRegistering(undefined);
            }}
            onCancel={() => setRegistering(undefined)}
          />
        ) : (
          <PatientPicker picked={patient} onPick={setPatient} onNewPatient={setRegistering} />
        )}
        <Select selectedKey={typeId ?? null} onSelectionChange={(key) => setTypeId(String(key))} isRequired>
          <Label>Visit type</Label>
          <Button>
            <SelectValue />
          </Button>
          <Popover>
            <ListBox items={shortestFirst(appointmentTypes)}>
              {(type) => (
                <ListBoxItem textValue={type.name}>{`${type.name} (${type.durationMinutes} min)`}</ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </Select>
        {refusal && (
          <RefusalAlert
            message={refusal.message}
            alternatives={refusal.alternatives}
            choiceLabel={({ startsAt }) => `Choose ${spokenTime(clockTimeIn(startsAt, location.timeZone))}`}
            onChoose={({ startsAt }) => setStartsAt(startsAt)}
          />
        )}
        <div className="dialog-actions">
          <Button onPress={onClose}>Cancel</Button>
          <Button
            className="primary"
            isDisabled={!patient || !typeId || registering !== undefined}
            isPending={book.isPending}
            onPress={() => book.mutate()}
          >
            {`Book ${patient ? patientName(patient) : 'visit'} at ${time}`}
          </Button>
        </div>
      </Dialog>
    </Modal>
  );
};
