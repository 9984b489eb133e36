import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { ProblemError } from '../../api/problem';
import type { FreeStart } from '../calendar-grid';
import { shortestOf, useFreeSlots, type AppointmentType, type Location, type Provider } from '../day-data';
import { addDays, shortDate, spokenTime, type CalendarDate } from '../wall-clock';
import { ChoiceOf, providerChoices, visitTypeChoices } from '../choice-of';

const ANY_PROVIDER = 'any';
const RESULTS = 20;
const NOT_SEARCHED = { appointmentType: undefined, from: '', to: '' };

interface FindNextAvailableProps {
  location: Location;
  providers: Provider[];
  appointmentTypes: AppointmentType[];
  from: CalendarDate;
  onBook(start: FreeStart): void;
}

interface Search {
  providerId?: string;
  appointmentType: AppointmentType;
  from: CalendarDate;
  to: CalendarDate;
}

const searchProblem = (error: unknown): string =>
  error instanceof ProblemError
    ? (error.problem.errors?.map((field) => field.message).join('; ') ?? error.problem.detail ?? error.problem.title)
    : 'Praxis could not be reached. Try again.';

/** The next free starts of a visit type, with one provider or whoever is free first, over a range of days. */
export const FindNextAvailable = ({ location, providers, appointmentTypes, from, onBook }: FindNextAvailableProps) => {
  const [providerId, setProviderId] = useState(ANY_PROVIDER);
  const [typeId, setTypeId] = useState(shortestOf(appointmentTypes)?.id);
  const [range, setRange] = useState({ from, to: addDays(from, 13) });
  const [search, setSearch] = useState<Search>();
  const slots = useFreeSlots({ locationId: location.id, limit: RESULTS, ...(search ?? NOT_SEARCHED) });
  const nameOf = (id: string) => providers.find((provider) => provider.id === id);

  const find = () => {
    const appointmentType = appointmentTypes.find((type) => type.id === typeId);
    if (appointmentType)
      setSearch({ ...range, appointmentType, providerId: providerId === ANY_PROVIDER ? undefined : providerId });
  };

  return (
    <section className="find-next" aria-labelledby="find-next-heading">
      <h2 id="find-next-heading">Find next available</h2>
      <Form
        className="find-next-form"
        onSubmit={(event) => {
          event.preventDefault();
          find();
        }}
      >
        <ChoiceOf
          label="Provider"
          items={[{ id: ANY_PROVIDER, label: 'Any provider' }, ...providerChoices(providers)]}
          selected={providerId}
          onChange={setProviderId}
        />
        <ChoiceOf
          label="Visit type"
          items={visitTypeChoices(appointmentTypes)}
          selected={typeId}
          onChange={setTypeId}
        />
        <TextField type="date" value={range.from} onChange={(value) => setRange({ ...range, from: value })}>
          <Label>From</Label>
          <Input />
        </TextField>
        <TextField type="date" value={range.to} onChange={(value) => setRange({ ...range, to: value })}>
          <Label>To</Label>
          <Input />
        </TextField>
        <Button type="submit" className="primary">
          Find free times
        </Button>
      </Form>
      {search &&
        (slots.isPending ? (
          <p role="status">Looking for free times…</p>
        ) : slots.isError ? (
          <p role="alert" className="problem">{`No search was made: ${searchProblem(slots.error)}.`}</p>
        ) : slots.data.length === 0 ? (
          <p role="status">{`No free time for ${search.appointmentType.name} between ${shortDate(search.from)} and ${shortDate(search.to)}: the days are booked, outside working hours, on time off or closed.`}</p>
        ) : (
          <ul className="alternatives" aria-label="Next free times">
            {slots.data.map((slot) => {
              const provider = nameOf(slot.providerId);
              return (
                provider && (
                  <li key={`${slot.providerId}:${slot.startsAt}`}>
                    <Button
                      onPress={() =>
                        onBook({
                          provider,
                          startsAt: slot.startsAt,
                          clockTime: slot.localTime,
                          appointmentTypeId: search.appointmentType.id,
                        })
                      }
                    >{`Book ${provider.displayName} on ${shortDate(slot.localDate)} at ${spokenTime(slot.localTime)}`}</Button>
                  </li>
                )
              );
            })}
          </ul>
        ))}
    </section>
  );
};
