import type { ReactNode } from 'react';
import { TopBar } from '../navigation/top-bar';
import { isForbidden } from '../api/problem';
import { STATUS_WORDS, type TrainingStatus } from './training-wording';
import './training.css';

interface TrainingPageProps {
  title: string;
  /** The first failed read, if any: a 403 says the page is not for this person, anything else asks for a reload. */
  error?: unknown;
  children: ReactNode;
}

export const TrainingPage = ({ title, error, children }: TrainingPageProps) => (
  <div className="front-desk training">
    <TopBar />
    <main>
      <h1>{title}</h1>
      {error === undefined || error === null ? (
        children
      ) : (
        <p role="alert">
          {isForbidden(error)
            ? 'This page is for clinic managers and admins. Your own training is under My training.'
            : 'This page could not be loaded. Reload the page to try again.'}
        </p>
      )}
    </main>
  </div>
);

export const StatusBadge = ({ status }: { status: TrainingStatus }) => (
  <span className={`training-status training-${status}`}>{STATUS_WORDS[status]}</span>
);

/** Dates the API sends as YYYY-MM-DD are calendar dates: shown as written, never moved through a time zone. */
export const calendarDate = (date: string | null | undefined): string => {
  if (!date) return '—';
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
};
