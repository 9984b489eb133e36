import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { searchParam, useLocation } from '../navigation/navigation';
import { type Location, useLocations } from './day-data';

/** The location named in `?location=`, or the clinic's first one. */
export const useChosenLocation = () => {
  const path = useLocation();
  const locations = useLocations();
  const location =
    locations.data?.find((candidate) => candidate.id === searchParam(path, 'location')) ?? locations.data?.[0];
  return { locations, location };
};

interface LocationSelectProps {
  locations: Location[] | undefined;
  location: Location | undefined;
  onChange(locationId: string): void;
}

/** Shown only to clinics with more than one location. */
export const LocationSelect = ({ locations, location, onChange }: LocationSelectProps) =>
  locations && locations.length > 1 ? (
    <Select selectedKey={location?.id ?? null} onSelectionChange={(key) => onChange(String(key))}>
      <Label>Location</Label>
      <Button>
        <SelectValue />
      </Button>
      <Popover>
        <ListBox items={locations}>{(item) => <ListBoxItem>{item.name}</ListBoxItem>}</ListBox>
      </Popover>
    </Select>
  ) : null;
