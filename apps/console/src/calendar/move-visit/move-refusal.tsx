import { RefusalAlert } from '../../booking/refusal-alert';
import { clockTimeIn, dateIn, shortDate, spokenTime } from '../wall-clock';
import type { RefusedMove, VisitMove } from './use-move-visit';

interface MoveRefusalProps {
  refused: RefusedMove;
  timeZone: string;
  patientName: string;
  onMove(move: VisitMove): void;
}

/** Why the visit stayed where it was, and the free times the service offers for it instead. */
export const MoveRefusal = ({ refused: { move, refusal }, timeZone, patientName, onMove }: MoveRefusalProps) => {
  const onAnotherDay = (startsAt: string) =>
    dateIn(startsAt, timeZone) === dateIn(move.startsAt, timeZone)
      ? ''
      : ` on ${shortDate(dateIn(startsAt, timeZone))}`;
  return (
    <RefusalAlert
      message={`${patientName}’s visit was not moved. ${refusal.message}`}
      alternatives={refusal.alternatives}
      choiceLabel={({ startsAt }) => `Move to ${spokenTime(clockTimeIn(startsAt, timeZone))}${onAnotherDay(startsAt)}`}
      onChoose={({ startsAt }) => onMove({ ...move, startsAt })}
    />
  );
};
