import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { isTextDropItem, useDrop } from 'react-aria-components';
import type { CellAvailability } from './cell-availability';
import { VISIT_DRAG_TYPE } from './visit-card';

interface GridCellProps {
  position: { 'data-cell': string; tabIndex: number; onFocus(): void };
  availability: CellAvailability;
  /** How a screen reader names this start, e.g. "Dr Ada Okafor at 9:00 AM". */
  spokenStart: string;
  visits: ReactNode[];
  onBook(): void;
  /** Enter on a cell without a free start: the keyboard's way to open the visit that starts there. */
  onEnter?: () => void;
  onDropVisit(visitId: string): void;
}

/** One start of one column: its visits, the free start to book, or why nothing can start here; visits drop onto it. */
export const GridCell = ({
  position,
  availability,
  spokenStart,
  visits,
  onBook,
  onEnter,
  onDropVisit,
}: GridCellProps) => {
  const ref = useRef<HTMLTableCellElement>(null);
  const { dropProps, isDropTarget } = useDrop({
    ref,
    hasDropButton: true,
    getDropOperation: (types) => (types.has(VISIT_DRAG_TYPE) ? 'move' : 'cancel'),
    onDrop: ({ items }) => {
      const dropped = items.filter(isTextDropItem).find((item) => item.types.has(VISIT_DRAG_TYPE));
      if (dropped) void dropped.getText(VISIT_DRAG_TYPE).then(onDropVisit);
    },
  });
  const free = availability.kind === 'free';
  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>) => {
    const act = free ? onBook : onEnter;
    if (!act || event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    act();
  };

  return (
    <td
      {...dropProps}
      {...position}
      ref={ref}
      className={`cell-${availability.kind}${isDropTarget ? ' drop-target' : ''}`}
      onKeyDown={onKeyDown}
    >
      {visits}
      {free ? (
        // Reached with the arrow keys through its cell (Enter books), so it is no tab stop of its own.
        <button type="button" tabIndex={-1} className="free-slot" aria-label={`Book ${spokenStart}`} onClick={onBook}>
          Free
        </button>
      ) : (
        visits.length === 0 && <span className="cell-note">{availability.words}</span>
      )}
    </td>
  );
};
