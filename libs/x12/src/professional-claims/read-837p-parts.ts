import { elementOf, Segment } from '../core/segment';
import { SegmentProblem } from '../core/segment-problem';
import { fromX12Amount, fromX12Date } from '../core/x12-values';
import { BillingProvider, PersonName, PostalAddress, ProfessionalClaimFile, Subscriber } from './professional-claim';

export interface ProfessionalClaimReading {
  file: ProfessionalClaimFile;
  /** Faults in the claim structure (HL tree, totals) found while reading. */
  problems: SegmentProblem[];
}

export type Addressable = { address: PostalAddress };

export const nameOf = (segment: Segment): PersonName => ({
  last: elementOf(segment, 3),
  first: elementOf(segment, 4),
  ...(elementOf(segment, 5) ? { middle: elementOf(segment, 5) } : {}),
  ...(elementOf(segment, 7) ? { suffix: elementOf(segment, 7) } : {}),
});

export const amountOf = (segment: Segment, n: number) =>
  fromX12Amount(elementOf(segment, n)) ?? { amountMinor: 0, currency: 'USD' as const };
export const dateOf = (value: string) => fromX12Date(value) ?? value;

export const emptyAddress = (): PostalAddress => ({ line1: '', city: '', state: '', postalCode: '' });

export const blankProvider = (): BillingProvider => ({
  name: '',
  npi: '',
  taxId: '',
  taxonomy: '',
  address: emptyAddress(),
});

export const blankSubscriber = (claimFilingIndicator = ''): Subscriber => ({
  memberId: '',
  name: { last: '', first: '' },
  address: emptyAddress(),
  claimFilingIndicator,
});
