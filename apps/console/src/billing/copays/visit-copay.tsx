import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Appointment } from '../../calendar/day-data';
import { useTakesCopays } from '../billing-access';
import { TakeCopayForm } from './take-copay-form';

/** A co-pay is taken while the patient is at the desk: before the visit is over, never for one that did not happen. */
const TAKES_COPAY: ReadonlySet<Appointment['status']> = new Set(['booked', 'checked_in']);

interface VisitCopayProps {
  visit: Appointment;
  patient: string;
  /** Opened from the flow board's co-pay button: the form shows at once. */
  openAtOnce: boolean;
}

/** The visit panel's co-pay: a button for those who may take one, its form, and what was taken. */
export const VisitCopay = ({ visit, patient, openAtOnce }: VisitCopayProps) => {
  const takesCopays = useTakesCopays();
  const [open, setOpen] = useState(openAtOnce);
  const [taken, setTaken] = useState('');
  if (!takesCopays) return null;
  return (
    <>
      {!open && (
        <Button isDisabled={!TAKES_COPAY.has(visit.status)} onPress={() => setOpen(true)}>
          Take a co-pay…
        </Button>
      )}
      {open && (
        <TakeCopayForm
          visit={visit}
          patient={patient}
          onTaken={(words) => {
            setOpen(false);
            setTaken(words);
          }}
          onClose={() => setOpen(false)}
        />
      )}
      <p role="status" className="announcement">
        {taken}
      </p>
    </>
  );
};

/** On a row of the flow board: opens the visit's panel at its co-pay form. */
export const CopayButton = ({ visit, patient, onPress }: { visit: Appointment; patient: string; onPress(): void }) =>
  useTakesCopays() ? (
    <Button aria-label={`Take a co-pay from ${patient}`} isDisabled={!TAKES_COPAY.has(visit.status)} onPress={onPress}>
      Co-pay…
    </Button>
  ) : null;
