import { useDrag } from 'react-aria-components';
import { STATUS_LABELS } from './appointment-status';
import type { Appointment } from './day-data';
import { clockTimeIn, spokenTime } from './wall-clock';

/** What a dragged visit carries: its id, understood only by the calendar's own cells. */
export const VISIT_DRAG_TYPE = 'application/x-praxis-visit';

interface VisitCardProps {
  visit: Appointment;
  patientName: string;
  typeName: string;
  timeZone: string;
  isMoving: boolean;
  onAskMove(visit: Appointment): void;
  onOpen(visit: Appointment): void;
}

const minutesBetween = (from: string, until: string) => Math.round((Date.parse(until) - Date.parse(from)) / 60_000);

const bufferNote = (visit: Appointment): string | undefined => {
  const before = minutesBetween(visit.blockedFrom, visit.startsAt);
  const after = minutesBetween(visit.endsAt, visit.blockedUntil);
  const parts = [before > 0 && `${before} min before`, after > 0 && `${after} min after`].filter(Boolean);
  return parts.length > 0 ? `Buffer ${parts.join(', ')}` : undefined;
};

/**
 * A visit in its start cell; its patient's name opens its panel. A booked one can be dragged to another cell with the
 * mouse or a finger; the keyboard and screen readers reach the same move through "Move…", since the grid's arrow keys
 * already move between cells.
 */
export const VisitCard = ({ visit, patientName, typeName, timeZone, isMoving, onAskMove, onOpen }: VisitCardProps) => {
  const movable = visit.status === 'booked' && !isMoving;
  const { dragProps, isDragging } = useDrag({
    hasDragButton: true,
    isDisabled: !movable,
    getItems: () => [{ [VISIT_DRAG_TYPE]: visit.id, 'text/plain': patientName }],
    getAllowedDropOperations: () => ['move'],
  });
  const start = spokenTime(clockTimeIn(visit.startsAt, timeZone));
  const end = spokenTime(clockTimeIn(visit.endsAt, timeZone));
  const buffers = bufferNote(visit);

  return (
    <div
      {...dragProps}
      className={`visit visit-${visit.status}${isDragging ? ' visit-dragging' : ''}${isMoving ? ' visit-moving' : ''}`}
    >
      {/* Opened from the keyboard by Enter on its cell, so no tab stop of its own. */}
      <button type="button" tabIndex={-1} className="visit-patient visit-open" onClick={() => onOpen(visit)}>
        {patientName}
      </button>
      <span>{typeName}</span>
      <span className="visit-time">{`${start}–${end}`}</span>
      {buffers && <span className="visit-buffer">{buffers}</span>}
      <span className="visit-status">{isMoving ? 'Moving…' : STATUS_LABELS[visit.status]}</span>
      {movable && (
        // The keyboard moves a visit from its panel (Enter on its cell) or the agenda, so this is no tab stop of its own.
        <button
          type="button"
          tabIndex={-1}
          className="visit-move"
          aria-label={`Move ${patientName} at ${start}`}
          onClick={() => onAskMove(visit)}
        >
          Move…
        </button>
      )}
    </div>
  );
};
