import { spokenDate } from '../calendar/wall-clock';
import { moneyInWords } from '../billing/money';
import { ClaimPayments } from './claim-payments';
import './remittances.css';
import type { RemittanceTransaction } from './remittances-data';
import { paymentMethodInWords, providerAdjustmentInWords, standingInWords } from './remittance-wording';

const standingClass = (transaction: RemittanceTransaction): string =>
  transaction.duplicate ? 'duplicate' : transaction.balanced ? 'balanced' : 'unbalanced';

export const RemittanceStanding = ({ transaction }: { transaction: RemittanceTransaction }) => (
  <span className={`remittance-standing remittance-${standingClass(transaction)}`}>{standingInWords(transaction)}</span>
);

const ProviderAdjustments = ({ transaction }: { transaction: RemittanceTransaction }) => (
  <table className="data-table">
    <caption>Adjustments to the clinic’s own account</caption>
    <thead>
      <tr>
        <th scope="col">Reason</th>
        <th scope="col">Reference</th>
        <th scope="col">Amount taken from the payment</th>
      </tr>
    </thead>
    <tbody>
      {transaction.providerAdjustments.map((adjustment, index) => (
        <tr key={`${adjustment.reason}-${index}`}>
          <th scope="row">{providerAdjustmentInWords(adjustment.reason)}</th>
          <td>{adjustment.reference ?? '—'}</td>
          <td>{moneyInWords(adjustment.amountMinor, transaction.currency)}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

/** One payment (an 835 transaction set): who paid, how much and how, whether it adds up, and each claim it answers. */
export const RemittanceTransactionView = ({ transaction }: { transaction: RemittanceTransaction }) => (
  <section aria-label={`Payment ${transaction.traceNumber} from ${transaction.payerName}`} className="remittance">
    <h2>{`${transaction.payerName}: ${moneyInWords(transaction.paymentAmountMinor, transaction.currency)}`}</h2>
    <dl className="claim-facts">
      <dt>Standing</dt>
      <dd>
        <RemittanceStanding transaction={transaction} />
      </dd>
      <dt>Trace number</dt>
      <dd>{transaction.traceNumber}</dd>
      <dt>Paid on</dt>
      <dd>{spokenDate(transaction.paymentDate)}</dd>
      <dt>Paid by</dt>
      <dd>
        {transaction.movesMoney
          ? paymentMethodInWords(transaction.paymentMethod)
          : 'No money moves: the payer sent its decisions only'}
      </dd>
      <dt>Payee</dt>
      <dd>
        {[
          transaction.payeeNpi && `NPI ${transaction.payeeNpi}`,
          transaction.payeeTaxId && `tax id ${transaction.payeeTaxId}`,
        ]
          .filter(Boolean)
          .join(', ') || '—'}
      </dd>
    </dl>
    {transaction.imbalances.length > 0 && (
      <ul className="claim-problems" aria-label="Why it does not balance">
        {transaction.imbalances.map((imbalance) => (
          <li key={imbalance.message}>{imbalance.message}</li>
        ))}
      </ul>
    )}
    {transaction.providerAdjustments.length > 0 && <ProviderAdjustments transaction={transaction} />}
    <ClaimPayments claims={transaction.claims} currency={transaction.currency} />
  </section>
);
