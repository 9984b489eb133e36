import { Money } from '@praxis/domain';
import { elementOf, Segment } from '../core/segment';
import { SegmentData } from '../core/write-segments';
import { fromX12Amount, toX12Amount } from '../core/x12-values';

/** Claim adjustment group codes of the 5010 guides (CR was 4010 only). */
export type AdjustmentGroup = 'CO' | 'PR' | 'OA' | 'PI';

export interface Adjustment {
  group: AdjustmentGroup;
  /** Claim adjustment reason code, e.g. "45", "1", "2". */
  reason: string;
  /** Signed as the payer sent it: positive reduces the payment. */
  amount: Money;
  quantity?: number;
}

const CAS_TRIPLETS_PER_SEGMENT = 6;

/** CAS segments: one per group code, each holding up to six reason/amount/quantity triplets. */
export const adjustmentSegments = (adjustments: Adjustment[]): SegmentData[] => {
  const groups = [...new Set(adjustments.map((adjustment) => adjustment.group))];
  return groups.flatMap((group) => {
    const triplets = adjustments
      .filter((adjustment) => adjustment.group === group)
      .map((a) => [a.reason, toX12Amount(a.amount), a.quantity === undefined ? '' : String(a.quantity)]);
    const segments: SegmentData[] = [];
    for (let start = 0; start < triplets.length; start += CAS_TRIPLETS_PER_SEGMENT)
      segments.push(['CAS', group, ...triplets.slice(start, start + CAS_TRIPLETS_PER_SEGMENT).flat()]);
    return segments;
  });
};

/** The reason/amount/quantity triplets of one CAS segment; a CAS may carry up to six. */
export const readAdjustments = (segment: Segment): Adjustment[] => {
  const group = elementOf(segment, 1) as AdjustmentGroup;
  const adjustments: Adjustment[] = [];
  for (let triplet = 0; triplet < CAS_TRIPLETS_PER_SEGMENT; triplet += 1) {
    const reason = elementOf(segment, 2 + triplet * 3);
    const amount = fromX12Amount(elementOf(segment, 3 + triplet * 3));
    const quantity = elementOf(segment, 4 + triplet * 3);
    if (!reason || !amount) continue;
    adjustments.push({ group, reason, amount, ...(quantity ? { quantity: Number(quantity) } : {}) });
  }
  return adjustments;
};
