import { useState } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { VisitCopay } from '../billing/copays/visit-copay';
import { STATUS_LABELS } from '../calendar/appointment-status';
import { type Appointment, useAppointmentTypes, usePatientNames, useProviders } from '../calendar/day-data';
import { clockTimeIn, spokenDate, spokenTime, todayIn } from '../calendar/wall-clock';
import { CancelVisitForm } from './cancel-visit-form';
import { CompleteVisitForm } from './complete-visit-form';
import { type PanelForm, VisitActions, VisitChangeNotice, type VisitForm } from './visit-actions';
import { POSSIBLE_CHANGES } from './visit-change';

/** When the visit is, on the wall clock of its location: the patient walks in at that hour, wherever the desk is. */
export const visitTimeInWords = ({ startsAt, timeZone }: Appointment): string =>
  `${spokenDate(todayIn(timeZone, new Date(startsAt)))}, ${spokenTime(clockTimeIn(startsAt, timeZone))} (${timeZone})`;

const statusInWords = ({ status, cancellationReason, diagnoses, procedures }: Appointment): string => {
  if (status === 'cancelled' && cancellationReason) return `Cancelled: ${cancellationReason}`;
  if (status === 'completed')
    return `Completed — diagnoses ${diagnoses.join(', ')}; procedures ${procedures.map(({ code }) => code).join(', ')}`;
  return STATUS_LABELS[status];
};

interface AppointmentPanelProps {
  visit: Appointment;
  /** The form to open with, when the panel was opened to cancel, to complete or to take a co-pay. */
  form?: PanelForm;
  onClose(): void;
  /** Where the calendar is shown, a booked visit can be moved from here to another time. */
  onMove?: (visit: Appointment) => void;
}

/** One visit: who, with whom, when and what, and the changes the front desk can make to it from here. */
export const AppointmentPanel = ({ visit, form: openWith, onClose, onMove }: AppointmentPanelProps) => {
  const providers = useProviders();
  const types = useAppointmentTypes();
  const patient = usePatientNames([visit.patientId]).get(visit.patientId) ?? 'Patient';
  const [form, setForm] = useState<VisitForm | undefined>(openWith === 'copay' ? undefined : openWith);
  // Once the change is made the status no longer allows it, and its form has nothing left to ask.
  const openForm = form && POSSIBLE_CHANGES[visit.status].includes(form) ? form : undefined;
  const formProps = { visit, patient, onClose: () => setForm(undefined) };

  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal">
      <Dialog className="dialog">
        <Heading slot="title">{`Visit of ${patient}`}</Heading>
        <dl className="booking-facts">
          <dt>Patient</dt>
          <dd>{patient}</dd>
          <dt>Provider</dt>
          <dd>{providers.data?.find(({ id }) => id === visit.providerId)?.displayName ?? 'Provider'}</dd>
          <dt>Time</dt>
          <dd>{visitTimeInWords(visit)}</dd>
          <dt>Visit type</dt>
          <dd>{types.data?.find(({ id }) => id === visit.appointmentTypeId)?.name ?? 'Visit'}</dd>
          <dt>Status</dt>
          <dd>
            <span className={`status status-${visit.status}`}>{statusInWords(visit)}</span>
          </dd>
        </dl>
        <VisitActions visit={visit} patient={patient} onForm={setForm} />
        <VisitChangeNotice visit={visit} focusUndo />
        {openForm === 'cancel' && <CancelVisitForm {...formProps} />}
        {openForm === 'complete' && <CompleteVisitForm {...formProps} />}
        <VisitCopay visit={visit} patient={patient} openAtOnce={openWith === 'copay'} />
        <div className="dialog-actions">
          {onMove && visit.status === 'booked' && <Button onPress={() => onMove(visit)}>Move…</Button>}
          <Button onPress={onClose}>Close</Button>
        </div>
      </Dialog>
    </Modal>
  );
};
