import { moneyInWords } from '../../billing/money';
import type { Claim } from '../claims-data';

/** The claim's diagnoses in order, and each line with the diagnoses it points to, by position and code. */
export const ClaimLines = ({ claim }: { claim: Claim }) => {
  const lines = claim.lines ?? [];
  const total = lines.reduce((sum, line) => sum + line.amountMinor, 0);
  return (
    <>
      <h2>Diagnoses</h2>
      <ol aria-label="Diagnoses in claim order">
        {claim.diagnoses.map((code, index) => (
          <li key={`${index}-${code}`}>{code}</li>
        ))}
      </ol>
      <table className="data-table amounts">
        <caption>Service lines</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Procedure</th>
            <th scope="col">Units</th>
            <th scope="col">Points to</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={line.id}>
              <th scope="row">{index + 1}</th>
              <td>{[line.procedureCode, ...line.modifiers].join(' ')}</td>
              <td>{line.units}</td>
              <td>
                {line.diagnosisPointers
                  .map((pointer) => `${pointer} (${claim.diagnoses[pointer - 1] ?? 'no such diagnosis'})`)
                  .join(', ')}
              </td>
              <td>{moneyInWords(line.amountMinor, claim.currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              Total
            </th>
            <td>{moneyInWords(total, claim.currency)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
};
