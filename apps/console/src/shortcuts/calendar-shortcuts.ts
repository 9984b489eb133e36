import { useShortcuts } from './shortcuts';

export interface CalendarMoves {
  /** What the previous and next keys step by. */
  span: 'day' | 'week';
  today(): void;
  previous(): void;
  next(): void;
}

/** The calendar's keys: the same letters whatever view it shows, so a page only hands over what each does. */
export const useCalendarShortcuts = ({ span, today, previous, next }: CalendarMoves): void =>
  useShortcuts([
    { key: 't', label: 'Go to today', run: today },
    { key: 'p', label: `Previous ${span}`, run: previous },
    { key: 'n', label: `Next ${span}`, run: next },
  ]);

/** Opens the booking dialog at the first free time shown, for a walk-in. */
export const useNewBookingShortcut = (bookFirstFreeTime: () => void): void =>
  useShortcuts([{ key: 'b', label: 'Book a visit at the first free time shown', run: bookFirstFreeTime }]);
