import { Button } from 'react-aria-components';
import type { Appointment } from '../calendar/day-data';
import { CHANGE_WORDS, POSSIBLE_CHANGES, type VisitChangeKind } from './visit-change';
import { isUnderWay, useVisitChanges } from './visit-changes';

export type VisitForm = 'cancel' | 'complete';
/** What the visit panel may open with: a change's form, or the co-pay billing takes for the visit. */
export type PanelForm = VisitForm | 'copay';

export interface VisitFormProps {
  visit: Appointment;
  patient: string;
  onClose(): void;
}

interface VisitActionsProps {
  visit: Appointment;
  patient: string;
  /** Cancelling asks for a reason and completing for codes: the caller shows that form. */
  onForm(form: VisitForm): void;
}

const ACTIONS: VisitChangeKind[] = ['check-in', 'no-show', 'cancel', 'complete'];

/** One button per change; those the status rules out, or a change already under way, are disabled. */
export const VisitActions = ({ visit, patient, onForm }: VisitActionsProps) => {
  const changes = useVisitChanges();
  const busy = isUnderWay(changes.stateOf(visit.id));
  const press = (kind: VisitChangeKind) =>
    kind === 'cancel' || kind === 'complete' ? onForm(kind) : changes.ask(visit, { kind }, patient);

  return (
    <div className="visit-actions" role="group" aria-label={`Changes to the visit of ${patient}`}>
      {ACTIONS.map((kind) => (
        <Button
          key={kind}
          isDisabled={busy || !POSSIBLE_CHANGES[visit.status].includes(kind)}
          onPress={() => press(kind)}
        >
          {kind === 'cancel' || kind === 'complete' ? `${CHANGE_WORDS[kind].ask}…` : CHANGE_WORDS[kind].ask}
        </Button>
      ))}
    </div>
  );
};

/**
 * A change waiting to be sent (with its undo), being sent, or refused, next to the visit it concerns. The button that asked
 * for the change is disabled meanwhile, so where it was asked the undo takes the focus.
 */
export const VisitChangeNotice = ({ visit, focusUndo }: { visit: Appointment; focusUndo: boolean }) => {
  const changes = useVisitChanges();
  const state = changes.stateOf(visit.id);
  if (!state) return null;
  if (state.phase === 'refused')
    return (
      <div role="alert" className="problem visit-notice">
        <span>{state.refusal.message}</span>
        <Button onPress={() => changes.dismiss(visit.id)}>Dismiss</Button>
      </div>
    );
  return (
    <div className="visit-notice pending">
      <span>{`${CHANGE_WORDS[state.kind].doing} ${state.patient}…`}</span>
      {state.phase === 'waiting' && (
        <Button autoFocus={focusUndo} onPress={() => changes.undo(visit.id)}>
          Undo
        </Button>
      )}
    </div>
  );
};
