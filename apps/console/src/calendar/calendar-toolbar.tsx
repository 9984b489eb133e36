import { Button, Key, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import type { CalendarView } from './calendar-view';
import { ChoiceOf, providerChoices } from './choice-of';
import type { Location, Provider } from './day-data';
import { LocationSelect } from './location-select';

interface CalendarToolbarProps {
  locations: Location[] | undefined;
  location: Location | undefined;
  view: CalendarView;
  /** Providers a week can be shown for. */
  providers: Provider[];
  weekProviderId: string | undefined;
  show(changes: Partial<CalendarView>): void;
  previous(): void;
  today(): void;
  next(): void;
}

const SPANS = new Set<Key>(['day', 'week']);

export const CalendarToolbar = ({
  locations,
  location,
  view,
  providers,
  weekProviderId,
  ...go
}: CalendarToolbarProps) => {
  const unit = view.span === 'week' ? 'week' : 'day';
  return (
    <div className="toolbar">
      <LocationSelect locations={locations} location={location} onChange={(locationId) => go.show({ locationId })} />
      <ToggleButtonGroup
        aria-label="View"
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[view.span]}
        onSelectionChange={(keys) => {
          const [span] = [...keys].filter((key) => SPANS.has(key));
          if (span) go.show({ span: span === 'week' ? 'week' : 'day' });
        }}
      >
        <ToggleButton id="day">Day</ToggleButton>
        <ToggleButton id="week">Week</ToggleButton>
      </ToggleButtonGroup>
      {view.span === 'week' && providers.length > 0 && (
        <ChoiceOf
          label="Provider"
          items={providerChoices(providers)}
          selected={weekProviderId}
          onChange={(providerId) => go.show({ providerId })}
        />
      )}
      <Button onPress={go.previous}>{`Previous ${unit}`}</Button>
      <Button onPress={go.today}>Today</Button>
      <Button onPress={go.next}>{`Next ${unit}`}</Button>
      {location && <span className="zone-note">Times in {location.timeZone}</span>}
    </div>
  );
};
