import { useState } from 'react';
import { Button, Dialog, Heading, Input, Label, Modal, TextField } from 'react-aria-components';
import { ChoiceOf, providerChoices } from '../choice-of';
import { useFreeSlots, type Appointment, type AppointmentType, type Location, type Provider } from '../day-data';
import { clockTimeIn, dateIn, spokenDate, spokenTime } from '../wall-clock';
import { MoveRefusal } from './move-refusal';
import { useMoveVisit, type VisitMove } from './use-move-visit';

interface MoveVisitDialogProps {
  visit: Appointment;
  patientName: string;
  location: Location;
  providers: Provider[];
  appointmentType: AppointmentType | undefined;
  onClose(): void;
  onMoved(move: VisitMove): void;
}

/** Moving a visit without dragging: choose the provider and the day, then one of the free times for this visit. */
export const MoveVisitDialog = ({
  visit,
  patientName,
  location,
  providers,
  appointmentType,
  onClose,
  onMoved,
}: MoveVisitDialogProps) => {
  const [providerId, setProviderId] = useState(visit.providerId);
  const [date, setDate] = useState(dateIn(visit.startsAt, location.timeZone));
  const provider = providers.find((candidate) => candidate.id === providerId);
  const slots = useFreeSlots({ locationId: location.id, appointmentType, from: date, to: date, providerId });
  const { move, moving, refused } = useMoveVisit(location, onMoved);
  const now = spokenTime(clockTimeIn(visit.startsAt, location.timeZone));

  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal">
      <Dialog className="dialog">
        <Heading slot="title">{`Move ${patientName}’s visit`}</Heading>
        <p>{`Now ${spokenDate(dateIn(visit.startsAt, location.timeZone))} at ${now} (${location.timeZone}).`}</p>
        <ChoiceOf label="Provider" items={providerChoices(providers)} selected={providerId} onChange={setProviderId} />
        <TextField value={date} onChange={(value) => value && setDate(value)} type="date">
          <Label>Day</Label>
          <Input />
        </TextField>
        <h3>Free times</h3>
        {slots.isPending ? (
          <p role="status">Looking for free times…</p>
        ) : slots.isError ? (
          <p role="alert">The free times could not be loaded.</p>
        ) : slots.data.length === 0 ? (
          <p>{`${provider?.displayName ?? 'This provider'} has no free time for this visit that day.`}</p>
        ) : (
          <ul className="alternatives" aria-label="Free times">
            {slots.data.map((slot) => (
              <li key={slot.startsAt}>
                <Button
                  isDisabled={!!moving || !provider}
                  onPress={() => provider && move({ visit, provider, startsAt: slot.startsAt })}
                >{`Move to ${spokenTime(slot.localTime)}`}</Button>
              </li>
            ))}
          </ul>
        )}
        {refused && (
          <MoveRefusal refused={refused} timeZone={location.timeZone} patientName={patientName} onMove={move} />
        )}
        <div className="dialog-actions">
          <Button onPress={onClose}>Cancel</Button>
        </div>
      </Dialog>
    </Modal>
  );
};
