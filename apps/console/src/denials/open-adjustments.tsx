import { Button } from 'react-aria-components';
import { moneyInWords } from '../billing/money';
import { type AdjustmentDecision, type DeniedClaim, useDecideAdjustment, useOpenAdjustmentsOf } from './denials-data';

interface OpenAdjustmentsProps {
  claim: DeniedClaim;
  onDecided(announcement: string): void;
  onRefused(error: unknown): void;
}

const DECIDED: Record<AdjustmentDecision, string> = {
  'write-off': 'Written off.',
  'transfer-to-patient': 'Billed to the patient.',
};

/** What the payer left owing that billing holds for a clerk: written off, or moved to the patient's account. */
export const OpenAdjustments = ({ claim, onDecided, onRefused }: OpenAdjustmentsProps) => {
  const adjustments = useOpenAdjustmentsOf(claim.claimId);
  const wordsOf = ({ group, reason }: { group: string; reason: string }) =>
    claim.reasons.find((named) => named.group === group && named.code === reason)?.description ?? `reason ${reason}`;
  const decide = useDecideAdjustment();
  const reviews = adjustments.data ?? [];
  if (reviews.length === 0) return <p>Billing holds nothing of this claim for a clerk to write off or bill.</p>;

  return (
    <table className="data-table">
      <caption>What the payer left for the clinic to decide</caption>
      <thead>
        <tr>
          <th scope="col">Adjustment</th>
          <th scope="col">Amount</th>
          <th scope="col">Decision</th>
        </tr>
      </thead>
      <tbody>
        {reviews.map((review) => {
          const send = (decision: AdjustmentDecision) =>
            decide.mutate(
              { reviewId: review.id, decision },
              { onSuccess: () => onDecided(DECIDED[decision]), onError: onRefused },
            );
          return (
            <tr key={review.id}>
              <th scope="row">{`${review.group}-${review.reason}: ${wordsOf(review)}`}</th>
              <td>{moneyInWords(review.amountMinor, review.currency)}</td>
              <td className="claim-actions">
                <Button isDisabled={decide.isPending} onPress={() => send('write-off')}>
                  Write off
                </Button>
                <Button isDisabled={decide.isPending} onPress={() => send('transfer-to-patient')}>
                  Bill the patient
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
