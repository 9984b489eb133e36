import type { Appointment } from './day-data';
import './appointment-status.css';

/** How the front desk says each status; the whole lifecycle lives in scheduling's appointment-status table. */
export const STATUS_LABELS: Record<Appointment['status'], string> = {
  booked: 'Booked',
  checked_in: 'Checked in',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};
