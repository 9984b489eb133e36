import { ConsolePage } from '../navigation/console-page';
import { useCalendarShortcuts } from '../shortcuts/calendar-shortcuts';
import { CalendarBoard } from './calendar-board';
import { CalendarToolbar } from './calendar-toolbar';
import { useCalendarView } from './calendar-view';
import { useAppointmentTypes, useProviders, useWorkingHours, type WorkingHours } from './day-data';
import { shortDate, spokenDate, weekOf } from './wall-clock';
import './calendar.css';

/** Providers with weekly hours at the location: the ones a week view can be shown for. */
const withHoursAt = <T extends { id: string }>(providers: T[], workingHours: WorkingHours[], locationId: string) =>
  providers.filter((provider) =>
    workingHours.some((range) => range.providerId === provider.id && range.locationId === locationId),
  );

/** The front desk's calendar at one location, on the location's clock: a day of every provider, or a provider's week. */
export const FrontDeskDayPage = () => {
  const providers = useProviders();
  const types = useAppointmentTypes();
  const { locations, location, view, ...go } = useCalendarView();
  useCalendarShortcuts({ span: view.span, ...go });
  const workingHours = useWorkingHours((providers.data ?? []).map((provider) => provider.id));
  const weekProviders = location ? withHoursAt(providers.data ?? [], workingHours.data, location.id) : [];
  const weekProvider = weekProviders.find((provider) => provider.id === view.providerId) ?? weekProviders[0];
  // Until the locations arrive there is no date to name: the day is today at a location not yet known.
  const title = () => {
    if (view.span === 'day') return spokenDate(view.date);
    const week = weekOf(view.date);
    return `${weekProvider?.displayName ?? 'Week'} — ${shortDate(week[0])} to ${shortDate(week[6])}`;
  };
  const failed = [locations, providers, types, workingHours].some((query) => query.isError);

  return (
    <ConsolePage title={location ? `${location.name} — ${title()}` : 'Front desk'}>
      <CalendarToolbar
        locations={locations.data}
        location={location}
        view={view}
        providers={weekProviders}
        weekProviderId={weekProvider?.id}
        {...go}
      />
      {failed ? (
        <p role="alert">The calendar could not be loaded. Reload the page to try again.</p>
      ) : !location || !providers.data || !types.data || workingHours.isPending ? (
        <p role="status">Loading the day…</p>
      ) : (
        <CalendarBoard
          location={location}
          view={view}
          providers={providers.data}
          weekProvider={view.span === 'week' ? weekProvider : undefined}
          workingHours={workingHours.data}
          appointmentTypes={types.data}
        />
      )}
    </ConsolePage>
  );
};
