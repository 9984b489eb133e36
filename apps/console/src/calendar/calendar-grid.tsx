import { useRef } from 'react';
import { availabilityAt, type CalendarFacts } from './cell-availability';
import type { Appointment, Provider } from './day-data';
import { useGridKeyboard } from './grid-keyboard';
import { GridCell } from './grid-cell';
import { VisitCard } from './visit-card';
import { clockTimeIn, dateIn, instantAt, spokenTime, type CalendarDate } from './wall-clock';

export interface FreeStart {
  provider: Provider;
  startsAt: string;
  clockTime: string;
  /** The visit type the start was found for; the grid's starts fit the shortest. */
  appointmentTypeId?: string;
}

/** A column of the grid: one provider on one date (the day view's providers, or the week view's days). */
export interface GridColumn {
  key: string;
  heading: string;
  provider: Provider;
  date: CalendarDate;
  /** The column as a sentence names it: "Dr Ada Okafor", or "Dr Ada Okafor on Tuesday". */
  spokenAs: string;
}

interface CalendarGridProps {
  caption: string;
  columns: GridColumn[];
  times: string[];
  facts: CalendarFacts;
  patientNames: Map<string, string>;
  typeNames: Map<string, string>;
  movingVisitId?: string;
  onBook(start: FreeStart): void;
  onAskMove(visit: Appointment): void;
  onOpenVisit(visit: Appointment): void;
  onDropVisit(visitId: string, provider: Provider, startsAt: string): void;
}

/** Rows are start times on the location's clock, columns providers or days: visits, free starts and why not. */
export const CalendarGrid = ({
  caption,
  columns,
  times,
  facts,
  patientNames,
  typeNames,
  ...actions
}: CalendarGridProps) => {
  const table = useRef<HTMLTableElement>(null);
  const { onKeyDown, cellProps } = useGridKeyboard(table, times.length, columns.length);
  const visitsAt = (column: GridColumn, time: string) =>
    facts.appointments.filter(
      (visit) =>
        visit.providerId === column.provider.id &&
        dateIn(visit.startsAt, facts.timeZone) === column.date &&
        clockTimeIn(visit.startsAt, facts.timeZone) === time,
    );
  const patientOf = (visit: Appointment) => patientNames.get(visit.patientId) ?? 'Patient';

  return (
    <table className="day-grid" role="grid" ref={table} onKeyDown={onKeyDown}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          {columns.map((column) => (
            <th scope="col" key={column.key}>
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {times.length === 0 && (
          <tr>
            <td colSpan={columns.length + 1}>No working hours and no visits on this day.</td>
          </tr>
        )}
        {times.map((time, row) => (
          <tr key={time}>
            <th scope="row">{spokenTime(time)}</th>
            {columns.map((column, columnIndex) => {
              const availability = availabilityAt(facts, column.provider.id, column.date, time);
              const visits = visitsAt(column, time);
              const opened = visits.find((visit) => visit.status !== 'cancelled') ?? visits[0];
              const startsAt =
                availability.kind === 'free'
                  ? availability.slot.startsAt
                  : instantAt(column.date, time, facts.timeZone);
              return (
                <GridCell
                  key={column.key}
                  position={cellProps(row, columnIndex)}
                  availability={availability}
                  spokenStart={`${column.spokenAs} at ${spokenTime(time)}`}
                  visits={visits.map((visit) => (
                    <VisitCard
                      key={visit.id}
                      visit={visit}
                      patientName={patientOf(visit)}
                      typeName={typeNames.get(visit.appointmentTypeId) ?? 'Visit'}
                      timeZone={facts.timeZone}
                      isMoving={visit.id === actions.movingVisitId}
                      onAskMove={actions.onAskMove}
                      onOpen={actions.onOpenVisit}
                    />
                  ))}
                  onBook={() => actions.onBook({ provider: column.provider, startsAt, clockTime: time })}
                  onEnter={opened ? () => actions.onOpenVisit(opened) : undefined}
                  onDropVisit={(visitId) => actions.onDropVisit(visitId, column.provider, startsAt)}
                />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
