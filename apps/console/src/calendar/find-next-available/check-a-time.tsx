import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { useNow } from '../../clock/browser-clock';
import { availabilityAt, gridStepMinutes, openRanges, type CalendarFacts } from '../cell-availability';
import {
  shortestOf,
  useAvailabilityExceptions,
  useFreeSlots,
  useSchedule,
  type AppointmentType,
  type Location,
  type Provider,
  type WorkingHours,
} from '../day-data';
import { clockTimeOf, minutesOf, shortDate, spokenTime, type CalendarDate } from '../wall-clock';
import { ChoiceOf, providerChoices, visitTypeChoices } from '../choice-of';

interface CheckATimeProps {
  location: Location;
  providers: Provider[];
  appointmentTypes: AppointmentType[];
  workingHours: WorkingHours[];
  date: CalendarDate;
}

interface Question {
  provider: Provider;
  appointmentType: AppointmentType;
  date: CalendarDate;
  time: string;
}

const hoursOf = (facts: CalendarFacts, { provider, date }: Question) => {
  const ranges = openRanges(facts, provider.id, date).map(
    ({ from, until }) => `${spokenTime(clockTimeOf(from))}–${spokenTime(clockTimeOf(until))}`,
  );
  return ranges.length > 0 ? `works ${ranges.join(', ')} that day` : 'has no working hours here that day';
};

/** The answer a receptionist gives a caller who asks for a time, with the reason when it cannot be had. */
const answerTo = (facts: CalendarFacts, question: Question): string => {
  const { provider, appointmentType: type, date, time } = question;
  const when = `${spokenTime(time)} on ${shortDate(date)}`;
  const step = gridStepMinutes(type.durationMinutes);
  if (minutesOf(time) % step !== 0)
    return `${type.name} visits start every ${step} minutes; ${spokenTime(time)} is between two starts.`;
  const availability = availabilityAt(facts, provider.id, date, time);
  const cannot = `${type.name} with ${provider.displayName} cannot start at ${when}:`;
  switch (availability.kind) {
    case 'free':
      return `${type.name} with ${provider.displayName} can start at ${when}: that time is free.`;
    case 'past':
      return `${cannot} that time has passed.`;
    case 'closed':
    case 'time-off':
      return `${cannot} ${availability.words}.`;
    case 'not-working':
      return `${cannot} outside working hours (${provider.displayName} ${hoursOf(facts, question)}).`;
    case 'taken':
      return `${cannot} another visit holds that time.`;
    case 'buffer':
      return `${cannot} that time is kept clear around another visit.`;
    case 'no-room':
      return `${cannot} the visit would run into the next one or past the end of the hours.`;
  }
};

/** Why a time a caller asks for cannot be had: read from the same facts the calendar marks its cells with. */
export const CheckATime = ({ location, providers, appointmentTypes, workingHours, date }: CheckATimeProps) => {
  const [providerId, setProviderId] = useState(providers[0]?.id);
  const [typeId, setTypeId] = useState(shortestOf(appointmentTypes)?.id);
  const [when, setWhen] = useState({ date, time: '09:00' });
  const [question, setQuestion] = useState<Question>();
  const asked = question ?? { provider: undefined, appointmentType: undefined, date: '', time: '' };
  const schedule = useSchedule(question && location.id, asked.date);
  const slots = useFreeSlots({
    locationId: location.id,
    appointmentType: asked.appointmentType,
    from: asked.date,
    to: asked.date,
    providerId: asked.provider?.id,
  });
  const exceptions = useAvailabilityExceptions();
  const now = useNow();
  const ask = () => {
    const provider = providers.find((candidate) => candidate.id === providerId);
    const appointmentType = appointmentTypes.find((type) => type.id === typeId);
    if (provider && appointmentType) setQuestion({ provider, appointmentType, ...when });
  };
  const facts: CalendarFacts | undefined = schedule.data &&
    slots.data &&
    exceptions.data && {
      locationId: location.id,
      timeZone: location.timeZone,
      now: now.getTime(),
      workingHours,
      exceptions: exceptions.data,
      appointments: schedule.data.appointments,
      slots: slots.data,
    };

  return (
    <section className="find-next" aria-labelledby="check-a-time-heading">
      <h2 id="check-a-time-heading">Check a time</h2>
      <Form
        className="find-next-form"
        onSubmit={(event) => {
          event.preventDefault();
          ask();
        }}
      >
        <ChoiceOf label="Provider" items={providerChoices(providers)} selected={providerId} onChange={setProviderId} />
        <ChoiceOf
          label="Visit type"
          items={visitTypeChoices(appointmentTypes)}
          selected={typeId}
          onChange={setTypeId}
        />
        <TextField type="date" value={when.date} onChange={(value) => setWhen({ ...when, date: value })}>
          <Label>Day</Label>
          <Input />
        </TextField>
        <TextField type="time" value={when.time} onChange={(value) => setWhen({ ...when, time: value })}>
          <Label>Time</Label>
          <Input />
        </TextField>
        <Button type="submit">Check</Button>
      </Form>
      {question && (
        <p role="status">
          {facts
            ? `${answerTo(facts, question)} A provider whose licence or other blocking credential has lapsed is refused when booked, and the refusal names it.`
            : 'Checking…'}
        </p>
      )}
    </section>
  );
};
