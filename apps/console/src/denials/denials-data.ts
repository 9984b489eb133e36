import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { idempotencyKey } from '../api/idempotency-key';
import { dataOrThrow } from '../api/problem';
import { CLAIMS, useClaimsChange } from '../claims/claims-data';

export type DenialReasonGroup = Schemas['DenialReasonGroup'];
export type DeniedClaim = Schemas['DeniedClaim'];
export type AdjustmentReview = Schemas['AdjustmentReview'];

/** Under the claims key: correcting or voiding a claim changes the claims worklist too. */
const DENIALS = [CLAIMS, 'denials'] as const;

export const useDenials = () =>
  useQuery({
    queryKey: [...DENIALS, 'worklist'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/denials')),
  });

/** Billing's adjustments still to decide for one claim: what the payer left that the clerk writes off or bills. */
export const useOpenAdjustmentsOf = (claimId: string) =>
  useQuery({
    queryKey: [...DENIALS, 'adjustments', claimId],
    queryFn: async () => {
      const page = dataOrThrow(
        await api.GET('/api/v1/billing/adjustment-reviews', { params: { query: { status: 'open', limit: 100 } } }),
      );
      return page.items.filter((review) => review.claimId === claimId);
    },
  });

const onDeniedClaim = async <Body extends object>(form: string, claimId: string, body: Body) => ({
  params: { path: { claimId }, header: { 'Idempotency-Key': await idempotencyKey(`${form}-${claimId}`, body) } },
  body,
});

/** A replacement claim (frequency 7) under the payer's claim number, scrubbed and sent with the next file. */
export const useReplaceDeniedClaim = () =>
  useClaimsChange(async ({ claimId, reason }: { claimId: string; reason: string }) =>
    dataOrThrow(
      await api.POST('/api/v1/denials/{claimId}/replacement', await onDeniedClaim('replace', claimId, { reason })),
    ),
  );

/** A void claim (frequency 8) withdrawing the decided claim at the payer. */
export const useVoidDeniedClaim = () =>
  useClaimsChange(async ({ claimId, reason }: { claimId: string; reason: string }) =>
    dataOrThrow(await api.POST('/api/v1/denials/{claimId}/void', await onDeniedClaim('void', claimId, { reason }))),
  );

export const useAddAppealNote = () =>
  useClaimsChange(async ({ claimId, note }: { claimId: string; note: string }) =>
    dataOrThrow(
      await api.POST('/api/v1/denials/{claimId}/appeal-notes', { params: { path: { claimId } }, body: { note } }),
    ),
  );

export type AdjustmentDecision = 'write-off' | 'transfer-to-patient';

/** The key is the review and the decision, so a retried press decides once. */
export const useDecideAdjustment = () =>
  useClaimsChange(async ({ reviewId, decision }: { reviewId: string; decision: AdjustmentDecision }) => {
    const options = { params: { path: { id: reviewId }, header: { 'Idempotency-Key': `${decision}-${reviewId}` } } };
    return dataOrThrow(
      decision === 'write-off'
        ? await api.POST('/api/v1/billing/adjustment-reviews/{id}/write-off', options)
        : await api.POST('/api/v1/billing/adjustment-reviews/{id}/transfer-to-patient', options),
    );
  });
