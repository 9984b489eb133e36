import { Button } from 'react-aria-components';
import type { FreeSlot } from '../api/problem';

interface RefusalAlertProps {
  message: string;
  alternatives: FreeSlot[];
  /** What pressing a free time does, said as a verb and its time ("Move to 9:30"). */
  choiceLabel(slot: FreeSlot): string;
  onChoose(slot: FreeSlot): void;
}

/** Why a booking or a move was refused, and the free times the service offers instead, each a button. */
export const RefusalAlert = ({ message, alternatives, choiceLabel, onChoose }: RefusalAlertProps) => (
  <div role="alert" className="problem">
    <p>{message}</p>
    {alternatives.length > 0 && (
      <ul className="alternatives" aria-label="Free times">
        {alternatives.map((slot) => (
          <li key={slot.startsAt}>
            <Button onPress={() => onChoose(slot)}>{choiceLabel(slot)}</Button>
          </li>
        ))}
      </ul>
    )}
  </div>
);
