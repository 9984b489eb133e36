import { useNow } from '../clock/browser-clock';
import { navigate, searchParam, useLocation } from '../navigation/navigation';
import type { ScheduleSpan } from './day-data';
import { useChosenLocation } from './location-select';
import { addDays, todayIn, type CalendarDate } from './wall-clock';

export interface CalendarView {
  locationId?: string;
  date: CalendarDate;
  span: ScheduleSpan;
  /** The provider a week is shown for. */
  providerId?: string;
}

const pathOf = (view: CalendarView): string => {
  const query = new URLSearchParams({ location: view.locationId ?? '', date: view.date });
  if (view.span === 'week') query.set('view', 'week');
  if (view.span === 'week' && view.providerId) query.set('provider', view.providerId);
  return `/calendar?${query.toString()}`;
};

/**
 * Which day or week the calendar shows lives in the address, so a reload or a shared link opens the same view. The
 * previous/next/today handlers are what the toolbar and any keyboard shortcut call.
 */
export const useCalendarView = () => {
  const path = useLocation();
  const { locations, location } = useChosenLocation();
  const now = useNow();
  const view: CalendarView = {
    locationId: location?.id,
    date: searchParam(path, 'date') ?? (location ? todayIn(location.timeZone, now) : ''),
    span: searchParam(path, 'view') === 'week' ? 'week' : 'day',
    providerId: searchParam(path, 'provider'),
  };
  const show = (changes: Partial<CalendarView>) => navigate(pathOf({ ...view, ...changes }));
  const stride = view.span === 'week' ? 7 : 1;

  return {
    locations,
    location,
    view,
    show,
    previous: () => show({ date: addDays(view.date, -stride) }),
    next: () => show({ date: addDays(view.date, stride) }),
    today: () => location && show({ date: todayIn(location.timeZone, now) }),
  };
};
