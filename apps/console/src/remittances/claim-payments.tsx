import { Link } from 'react-aria-components';
import { moneyInWords } from '../billing/money';
import { claimPath } from '../claims/claim-detail/claim-path';
import type { Adjustment, ClaimPayment } from './remittances-data';
import { adjustmentInWords, claimStatusInWords, postingInWords, remarksInWords } from './remittance-wording';

const Adjustments = ({ adjustments, currency }: { adjustments: Adjustment[]; currency: string }) =>
  adjustments.length === 0 ? (
    '—'
  ) : (
    <ul className="claim-problems">
      {adjustments.map((adjustment) => (
        <li key={`${adjustment.group}-${adjustment.reason}`}>
          {adjustmentInWords(adjustment, moneyInWords(adjustment.amountMinor, currency))}
        </li>
      ))}
    </ul>
  );

const Remarks = ({ codes }: { codes: { remarks: string[]; remarkTexts: string[] } }) =>
  codes.remarks.length === 0 ? (
    '—'
  ) : (
    <ul className="claim-problems">
      {remarksInWords(codes).map((remark) => (
        <li key={remark}>{remark}</li>
      ))}
    </ul>
  );

const ClaimNumber = ({ claim }: { claim: ClaimPayment }) =>
  claim.matchedClaimId ? (
    <Link href={claimPath(claim.matchedClaimId)}>{`Claim ${claim.patientControlNumber}`}</Link>
  ) : (
    `Claim ${claim.patientControlNumber} (no claim of the clinic matched)`
  );

const ClaimPaymentLines = ({ claim, currency }: { claim: ClaimPayment; currency: string }) => (
  <table className="data-table">
    <caption>{`Lines of claim ${claim.patientControlNumber}`}</caption>
    <thead>
      <tr>
        <th scope="col">Procedure</th>
        <th scope="col">Charged</th>
        <th scope="col">Paid</th>
        <th scope="col">Adjustments</th>
        <th scope="col">Remarks</th>
      </tr>
    </thead>
    <tbody>
      {claim.lines.map((line, index) => (
        <tr key={`${line.procedureCode}-${index}`}>
          <th scope="row">
            {[line.procedureCode, ...line.modifiers].join(' ')}
            {line.billedProcedureCode && ` (billed as ${line.billedProcedureCode})`}
          </th>
          <td>{moneyInWords(line.chargeMinor, currency)}</td>
          <td>{moneyInWords(line.paidMinor, currency)}</td>
          <td>
            <Adjustments adjustments={line.adjustments} currency={currency} />
          </td>
          <td>
            <Remarks codes={line} />
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

/** Each claim the payment answers, linked to the clinic's claim it was matched to, with its lines and adjustments. */
export const ClaimPayments = ({ claims, currency }: { claims: ClaimPayment[]; currency: string }) => (
  <>
    {claims.map((claim, index) => (
      <section
        key={`${claim.patientControlNumber}-${index}`}
        aria-label={`Claim ${claim.patientControlNumber}`}
        className="claim-payment"
      >
        <h3>
          <ClaimNumber claim={claim} />
        </h3>
        <dl className="claim-facts">
          <dt>Payer’s decision</dt>
          <dd>{claimStatusInWords(claim.status)}</dd>
          <dt>Payer’s claim number</dt>
          <dd>{claim.payerClaimControlNumber}</dd>
          <dt>Charged</dt>
          <dd>{moneyInWords(claim.chargeMinor, currency)}</dd>
          <dt>Paid</dt>
          <dd>{moneyInWords(claim.paidMinor, currency)}</dd>
          <dt>Patient owes</dt>
          <dd>
            {claim.patientResponsibilityMinor === null ? '—' : moneyInWords(claim.patientResponsibilityMinor, currency)}
          </dd>
          <dt>Claim adjustments</dt>
          <dd>
            <Adjustments adjustments={claim.adjustments} currency={currency} />
          </dd>
          <dt>Claim remarks</dt>
          <dd>
            <Remarks codes={claim} />
          </dd>
          <dt>Posting</dt>
          <dd>
            {claim.unmatchedReason
              ? `${postingInWords(claim.posting)}: ${claim.unmatchedReason}`
              : postingInWords(claim.posting)}
          </dd>
        </dl>
        <ClaimPaymentLines claim={claim} currency={currency} />
      </section>
    ))}
  </>
);
