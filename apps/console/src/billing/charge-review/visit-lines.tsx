import { Button } from 'react-aria-components';
import type { BillingVisit, Charge } from '../billing-data';
import { moneyInWords } from '../money';
import { totalOf } from './visit-total';

interface VisitLinesProps {
  visit: BillingVisit;
  currency: string;
  /** Offered on an unpriced line of a visit in review, to whoever may price it. */
  onPrice?: (charge: Charge) => void;
  /** Offered on a posted line of a released visit, to whoever may correct it. */
  onCorrect?: (charge: Charge) => void;
}

const codeOf = ({ procedureCode, modifiers }: Charge): string => [procedureCode, ...modifiers].join(' ');

const priceOf = (amountMinor: number | null, currency: string): string =>
  amountMinor === null ? 'No price' : moneyInWords(amountMinor, currency);

/** A visit's procedure lines as billing holds them: codes, diagnoses, price; a voided line stays listed as voided. */
export const VisitLines = ({ visit, currency, onPrice, onCorrect }: VisitLinesProps) => {
  const charges = [...(visit.charges ?? [])].sort((a, b) => a.lineNumber - b.lineNumber);
  const canPrice = onPrice && visit.status === 'needs_review';
  const canCorrect = onCorrect && visit.status === 'released';

  return (
    <table className="data-table">
      <caption>Procedure lines</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Procedure</th>
          <th scope="col">Units</th>
          <th scope="col">Diagnoses</th>
          <th scope="col">Unit price</th>
          <th scope="col">Amount</th>
          {canCorrect && <th scope="col">Correction</th>}
        </tr>
      </thead>
      <tbody>
        {charges.map((charge) => (
          <tr key={charge.id} className={charge.voidedAt ? 'voided' : undefined}>
            <th scope="row">{charge.voidedAt ? `${charge.lineNumber} (voided)` : charge.lineNumber}</th>
            <td>{codeOf(charge)}</td>
            <td>{charge.units}</td>
            <td>{charge.diagnoses.join(', ')}</td>
            <td>{priceOf(charge.unitPriceMinor, currency)}</td>
            <td>
              {charge.amountMinor === null && canPrice ? (
                <Button
                  onPress={() => onPrice(charge)}
                  aria-label={`Price line ${charge.lineNumber}, ${codeOf(charge)}`}
                >
                  Price…
                </Button>
              ) : (
                priceOf(charge.amountMinor, currency)
              )}
            </td>
            {canCorrect && (
              <td>
                {charge.voidedAt === null && (
                  <Button
                    onPress={() => onCorrect(charge)}
                    aria-label={`Correct line ${charge.lineNumber}, ${codeOf(charge)}`}
                  >
                    Correct…
                  </Button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={5}>
            Total
          </th>
          <td>{totalOf(visit)}</td>
          {canCorrect && <td />}
        </tr>
      </tfoot>
    </table>
  );
};
