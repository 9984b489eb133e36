import { useState, type KeyboardEvent, type RefObject } from 'react';

export interface CellPosition {
  row: number;
  column: number;
}

const MOVES: Record<string, (at: CellPosition, rows: number, columns: number) => CellPosition> = {
  ArrowUp: ({ row, column }) => ({ row: row - 1, column }),
  ArrowDown: ({ row, column }) => ({ row: row + 1, column }),
  ArrowLeft: ({ row, column }) => ({ row, column: column - 1 }),
  ArrowRight: ({ row, column }) => ({ row, column: column + 1 }),
  Home: ({ row }) => ({ row, column: 0 }),
  End: ({ row }, _rows, columns) => ({ row, column: columns - 1 }),
  PageUp: ({ column }) => ({ row: 0, column }),
  PageDown: ({ column }, rows) => ({ row: rows - 1, column }),
};

const clamp = (value: number, size: number) => Math.min(Math.max(value, 0), Math.max(size - 1, 0));

/**
 * The ARIA grid pattern: the day is one tab stop, and the arrow keys move between its cells (a roving tab index), so a
 * receptionist need not tab through every free start of every provider.
 */
export const useGridKeyboard = (table: RefObject<HTMLTableElement | null>, rows: number, columns: number) => {
  const [active, setActive] = useState<CellPosition>({ row: 0, column: 0 });
  const current = { row: clamp(active.row, rows), column: clamp(active.column, columns) };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(current, rows, columns);
    const target = { row: clamp(next.row, rows), column: clamp(next.column, columns) };
    setActive(target);
    table.current?.querySelector<HTMLElement>(`[data-cell="${target.row}:${target.column}"]`)?.focus();
  };

  const cellProps = (row: number, column: number) => ({
    'data-cell': `${row}:${column}`,
    tabIndex: row === current.row && column === current.column ? 0 : -1,
    onFocus: () => setActive({ row, column }),
  });

  return { onKeyDown, cellProps };
};
