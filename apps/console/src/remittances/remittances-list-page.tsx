import { Button, Link } from 'react-aria-components';
import { moneyInWords } from '../billing/money';
import { spokenDate } from '../calendar/wall-clock';
import { ClaimsPage } from '../claims/claims-page';
import { RemittanceStanding } from './remittance-transaction';
import { remittancePath } from './remittance-paths';
import { useRemittances } from './remittances-data';

/** Every payment the clinic's ERAs brought, newest first, each saying whether it balanced and was posted. */
export const RemittancesListPage = () => {
  const remittances = useRemittances();
  const items = remittances.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <ClaimsPage title="Remittances" error={remittances.error}>
      {remittances.isPending ? (
        <p role="status">Loading remittances…</p>
      ) : (
        <table className="data-table">
          <caption>Payments received in ERAs</caption>
          <thead>
            <tr>
              <th scope="col">Paid on</th>
              <th scope="col">Payer</th>
              <th scope="col">Trace number</th>
              <th scope="col">Amount</th>
              <th scope="col">Claims</th>
              <th scope="col">Standing</th>
            </tr>
          </thead>
          <tbody>
            {items.length === 0 && (
              <tr>
                <td colSpan={6}>No ERA has been received yet.</td>
              </tr>
            )}
            {items.map((remittance) => (
              <tr key={remittance.id}>
                <td>{spokenDate(remittance.paymentDate)}</td>
                <td>{remittance.payerName}</td>
                <th scope="row">
                  {remittance.id ? (
                    <Link href={remittancePath(remittance.id)}>{remittance.traceNumber}</Link>
                  ) : (
                    remittance.traceNumber
                  )}
                </th>
                <td>{moneyInWords(remittance.paymentAmountMinor, remittance.currency)}</td>
                <td>{remittance.claims.length}</td>
                <td>
                  <RemittanceStanding transaction={remittance} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {remittances.hasNextPage && (
        <Button onPress={() => void remittances.fetchNextPage()} isDisabled={remittances.isFetchingNextPage}>
          Show more remittances
        </Button>
      )}
    </ClaimsPage>
  );
};
