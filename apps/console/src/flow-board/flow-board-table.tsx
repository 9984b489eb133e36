import { Button } from 'react-aria-components';
import { STATUS_LABELS } from '../calendar/appointment-status';
import type { Appointment } from '../calendar/day-data';
import { clockTimeIn, spokenTime } from '../calendar/wall-clock';
import { CopayButton } from '../billing/copays/visit-copay';
import { type PanelForm, VisitActions, VisitChangeNotice } from '../visits/visit-actions';
import { isLate, waitingInWords } from './waiting';

interface FlowBoardTableProps {
  caption: string;
  timeZone: string;
  visits: Appointment[];
  now: Date;
  names: {
    patient(visit: Appointment): string;
    provider(visit: Appointment): string;
    type(visit: Appointment): string;
  };
  /** A panel is open over the board, so changes asked there keep the focus there. */
  panelOpen: boolean;
  onOpen(visit: Appointment, form?: PanelForm): void;
}

/** The day's visits in start order, one row each; every control is a tab stop of its own, so Tab walks the board. */
export const FlowBoardTable = ({ caption, timeZone, visits, now, names, panelOpen, onOpen }: FlowBoardTableProps) => (
  <table className="flow-board">
    <caption>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">Time</th>
        <th scope="col">Patient</th>
        <th scope="col">Provider</th>
        <th scope="col">Visit type</th>
        <th scope="col">Status</th>
        <th scope="col">Waiting</th>
        <th scope="col">Changes</th>
      </tr>
    </thead>
    <tbody>
      {visits.length === 0 && (
        <tr>
          <td colSpan={7}>No visits today at this location.</td>
        </tr>
      )}
      {visits.map((visit) => {
        const patient = names.patient(visit);
        const late = isLate(visit, now);
        return (
          <tr key={visit.id} className={late ? 'late' : undefined}>
            <td>{spokenTime(clockTimeIn(visit.startsAt, timeZone))}</td>
            <th scope="row">
              <Button className="link-button" aria-label={`Open the visit of ${patient}`} onPress={() => onOpen(visit)}>
                {patient}
              </Button>
            </th>
            <td>{names.provider(visit)}</td>
            <td>{names.type(visit)}</td>
            <td>
              <span className={`status status-${visit.status}`}>{STATUS_LABELS[visit.status]}</span>
            </td>
            <td className={late ? 'late-note' : undefined}>{waitingInWords(visit, now) ?? '—'}</td>
            <td>
              <VisitActions visit={visit} patient={patient} onForm={(form) => onOpen(visit, form)} />
              <CopayButton visit={visit} patient={patient} onPress={() => onOpen(visit, 'copay')} />
              <VisitChangeNotice visit={visit} focusUndo={!panelOpen} />
            </td>
          </tr>
        );
      })}
    </tbody>
  </table>
);
