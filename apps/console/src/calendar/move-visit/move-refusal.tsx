import { Button } from 'react-aria-components';
import { clockTimeIn, dateIn, shortDate, spokenTime } from '../wall-clock';
import type { RefusedMove, VisitMove } from './use-move-visit';

interface MoveRefusalProps {
  refused: RefusedMove;
  timeZone: string;
  patientName: string;
  onMove(move: VisitMove): void;
}

/** Why the visit stayed where it was, and the free times the service offers for it instead. */
export const MoveRefusal = ({ refused: { move, refusal }, timeZone, patientName, onMove }: MoveRefusalProps) => (
  <div role="alert" className="problem">
    <p>{`${patientName}’s visit was not moved. ${refusal.message}`}</p>
    {refusal.alternatives.length > 0 && (
      <ul className="alternatives" aria-label="Free times">
        {refusal.alternatives.map((slot) => {
          const day =
            dateIn(slot.startsAt, timeZone) === dateIn(move.startsAt, timeZone)
              ? ''
              : ` on ${shortDate(dateIn(slot.startsAt, timeZone))}`;
          return (
            <li key={slot.startsAt}>
              <Button onPress={() => onMove({ ...move, startsAt: slot.startsAt })}>
                {`Move to ${spokenTime(clockTimeIn(slot.startsAt, timeZone))}${day}`}
              </Button>
            </li>
          );
        })}
      </ul>
    )}
  </div>
);
