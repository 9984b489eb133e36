import { ExceptionRow, WeeklyHoursRow } from '../../availability/calendar-loader';

export interface PlannedProvider {
  id: string;
  userId: string;
  displayName: string;
  active: boolean;
}

/** What `VISIT_CONTEXT` answers; absent things are null, so each check can say what is missing. */
export interface VisitContext {
  patientExists: boolean;
  provider: PlannedProvider | null;
  appointmentType: {
    name: string;
    active: boolean;
    durationMinutes: number;
    bufferBeforeMinutes: number;
    bufferAfterMinutes: number;
  } | null;
  location: { id: string; name: string; timeZone: string; localDate: string } | null;
  roomAtLocation: boolean;
  blockingCredentials: Array<{ credentialName: string; expiredOn: string | null }>;
  weeklyHours: WeeklyHoursRow[];
  exceptions: ExceptionRow[];
}

type ExceptionJson = Omit<ExceptionRow, 'startsAt' | 'endsAt'> & { startsAt: string | null; endsAt: string | null };

/** JSON carries instants as text: time off given as instants becomes Dates again, as the entity would hold them. */
const instant = (text: string | null): Date | null => (text === null ? null : new Date(text));

/** The row as PostgreSQL answers it, exceptions still JSON. */
export type VisitContextRow = Omit<VisitContext, 'exceptions'> & { exceptions: ExceptionJson[] };

export const visitContextOf = (row: VisitContextRow): VisitContext => ({
  ...row,
  exceptions: row.exceptions.map((exception) => ({
    ...exception,
    startsAt: instant(exception.startsAt),
    endsAt: instant(exception.endsAt),
  })),
});
