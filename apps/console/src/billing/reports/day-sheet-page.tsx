import { Button, Form } from 'react-aria-components';
import { useChosenLocation } from '../../calendar/location-select';
import { spokenDate, todayIn } from '../../calendar/wall-clock';
import { navigate, searchParam, useLocation } from '../../navigation/navigation';
import { TextInput } from '../../patients/form-fields';
import { useSignedInPerson } from '../../session/signed-in-person';
import { type DaySheetRow, useDaySheet } from '../billing-data';
import { BillingPage } from '../billing-page';
import { POSTING_KIND_WORDS } from '../billing-wording';
import { moneyInWords } from '../money';

const netByCurrency = (rows: DaySheetRow[]): Array<[string, number]> => [
  ...rows
    .reduce((sums, row) => sums.set(row.currency, (sums.get(row.currency) ?? 0) + row.receivablesMinor), new Map())
    .entries(),
];

const DaySheetTable = ({ from, to }: { from: string; to: string }) => {
  const sheet = useDaySheet(from, to);
  const me = useSignedInPerson()?.userId;
  const postedBy = (userId: string | null) => (userId === null ? 'Praxis' : userId === me ? 'You' : userId);
  if (sheet.isError) return <p role="alert">The day sheet could not be loaded. Check the dates and try again.</p>;
  if (!sheet.data) return <p role="status">Loading the day sheet…</p>;
  const { rows, timeZone } = sheet.data;
  if (rows.length === 0) return <p>Nothing was posted on these days.</p>;
  return (
    <table className="data-table amounts">
      <caption>{`Postings by day, kind and who posted them; days on the clinic’s calendar (${timeZone})`}</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Kind</th>
          <th scope="col">Posted by</th>
          <th scope="col">Postings</th>
          <th scope="col">Change in receivables</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.day}-${row.kind}-${row.postedBy}-${row.currency}`}>
            <th scope="row">{spokenDate(row.day)}</th>
            <td>{POSTING_KIND_WORDS[row.kind]}</td>
            <td>{postedBy(row.postedBy)}</td>
            <td>{row.postings}</td>
            <td>{moneyInWords(row.receivablesMinor, row.currency)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {netByCurrency(rows).map(([currency, net]) => (
          <tr key={currency}>
            <th scope="row" colSpan={4}>{`Net change (${currency})`}</th>
            <td>{moneyInWords(net, currency)}</td>
          </tr>
        ))}
      </tfoot>
    </table>
  );
};

/** What was posted, day by day, so the drawer and the deposits can be reconciled with the ledger. */
export const DaySheetPage = () => {
  const here = useLocation();
  const { location } = useChosenLocation();
  const today = location ? todayIn(location.timeZone) : undefined;
  const from = searchParam(here, 'from') ?? today;
  const to = searchParam(here, 'to') ?? from;

  return (
    <BillingPage title="Day sheet">
      <Form
        key={`${from}-${to}`}
        className="toolbar"
        aria-label="Days of the day sheet"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const days = { from: String(form.get('from')), to: String(form.get('to') || form.get('from')) };
          navigate(`/billing/day-sheet?${new URLSearchParams(days).toString()}`);
        }}
      >
        <TextInput name="from" label="From" type="date" isRequired defaultValue={from} />
        <TextInput name="to" label="To" type="date" isRequired defaultValue={to} />
        <Button type="submit">Show</Button>
      </Form>
      {from && to ? <DaySheetTable from={from} to={to} /> : <p role="status">Loading…</p>}
    </BillingPage>
  );
};
