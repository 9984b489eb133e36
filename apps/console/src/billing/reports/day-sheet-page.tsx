import { Button, Form } from 'react-aria-components';
import { useChosenLocation } from '../../calendar/location-select';
import { spokenDate, todayIn } from '../../calendar/wall-clock';
import { useNow } from '../../clock/browser-clock';
import { onFormData } from '../../forms/form-data';
import { navigate, searchParam, useLocation } from '../../navigation/navigation';
import { TextInput } from '../../patients/form-fields';
import { useSignedInPerson } from '../../session/signed-in-person';
import { type DaySheetRow, useDaySheet } from '../billing-data';
import { BillingPage } from '../billing-page';
import { POSTING_KIND_WORDS } from '../billing-wording';
import { moneyInWords } from '../money';
import { METHOD_WORDS } from '../payments/receipt';

/** Per currency, what the rows add up to: the change in receivables and the money collected. */
const totalsByCurrency = (rows: DaySheetRow[]): Array<[string, { receivables: number; collected: number }]> => [
  ...rows
    .reduce((sums, { currency, receivablesMinor, collectedMinor }) => {
      const sum = sums.get(currency) ?? { receivables: 0, collected: 0 };
      return sums.set(currency, {
        receivables: sum.receivables + receivablesMinor,
        collected: sum.collected + collectedMinor,
      });
    }, new Map<string, { receivables: number; collected: number }>())
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
          <th scope="col">Paid by</th>
          <th scope="col">Posted by</th>
          <th scope="col">Postings</th>
          <th scope="col">Change in receivables</th>
          <th scope="col">Collected</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.day}-${row.kind}-${row.paymentMethod}-${row.postedBy}-${row.currency}`}>
            <th scope="row">{spokenDate(row.day)}</th>
            <td>{POSTING_KIND_WORDS[row.kind]}</td>
            <td>{row.paymentMethod ? METHOD_WORDS[row.paymentMethod] : '—'}</td>
            <td>{postedBy(row.postedBy)}</td>
            <td>{row.postings}</td>
            <td>{moneyInWords(row.receivablesMinor, row.currency)}</td>
            <td>{moneyInWords(row.collectedMinor, row.currency)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {totalsByCurrency(rows).map(([currency, { receivables, collected }]) => (
          <tr key={currency}>
            <th scope="row" colSpan={5}>{`Totals (${currency})`}</th>
            <td>{moneyInWords(receivables, currency)}</td>
            <td>{moneyInWords(collected, currency)}</td>
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
  const now = useNow();
  const today = location ? todayIn(location.timeZone, now) : undefined;
  const from = searchParam(here, 'from') ?? today;
  const to = searchParam(here, 'to') ?? from;

  return (
    <BillingPage title="Day sheet">
      <Form
        key={`${from}-${to}`}
        className="toolbar"
        aria-label="Days of the day sheet"
        onSubmit={onFormData((form) => {
          const days = { from: String(form.get('from')), to: String(form.get('to') || form.get('from')) };
          navigate(`/billing/day-sheet?${new URLSearchParams(days).toString()}`);
        })}
      >
        <TextInput name="from" label="From" type="date" isRequired defaultValue={from} />
        <TextInput name="to" label="To" type="date" isRequired defaultValue={to} />
        <Button type="submit">Show</Button>
      </Form>
      {from && to ? <DaySheetTable from={from} to={to} /> : <p role="status">Loading…</p>}
    </BillingPage>
  );
};
