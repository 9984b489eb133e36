import { ConsolePage, type ConsolePageProps } from '../navigation/console-page';
import { STATUS_WORDS, type TrainingStatus } from './training-wording';
import './training.css';

export const TrainingPage = (props: ConsolePageProps) => (
  <ConsolePage
    area="training"
    whoItIsFor="This page is for clinic managers and admins. Your own training is under My training."
    {...props}
  />
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
