import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, type Schemas } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import { CLAIMS, useClaimsChange } from '../claims-data';

export type Submission = Schemas['ClaimSubmissionView'];

const AWAITING_ANSWER: ReadonlySet<string> = new Set(['submitted', 'acknowledged']);

/** A file is followed until it is built and sent (or refused) and every claim in it has the payer's answer. */
const isSettled = (submission: Submission): boolean =>
  submission.status !== 'queued' &&
  submission.status !== 'built' &&
  submission.claims.every((claim) => !AWAITING_ANSWER.has(claim.status));

const FOLLOW_EVERY_MS = 1000;

export const submissionPath = (id: string): string => `/claims/submissions/${id}`;

/**
 * Followed while it goes; each time one of its claims moves, whatever claims screen is shown (a list, a claim, the filing
 * deadlines) is read again.
 */
export const useSubmission = (id: string) => {
  const queryClient = useQueryClient();
  const submission = useQuery({
    queryKey: [CLAIMS, 'submission', id],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/claim-submissions/{id}', { params: { path: { id } } })),
    refetchInterval: ({ state }) => (state.data && isSettled(state.data) ? false : FOLLOW_EVERY_MS),
  });
  const standing = submission.data?.claims.map(({ claimId, status }) => `${claimId}:${status}`).join() ?? '';
  useEffect(() => {
    if (!standing) return;
    void queryClient.invalidateQueries({
      queryKey: [CLAIMS],
      predicate: ({ queryKey }) => queryKey[1] !== 'submission',
    });
  }, [standing, queryClient]);
  return submission;
};

/** One press is one submission: its key goes with it, so a resend after a lost answer gets the same file back. */
export const useSubmitReadyClaims = () =>
  useClaimsChange(async (idempotencyKey: string) =>
    dataOrThrow(
      await api.POST('/api/v1/claim-submissions', { params: { header: { 'Idempotency-Key': idempotencyKey } } }),
    ),
  );

/** The 837P exactly as it was sent, as bytes, read only when the clerk asks to see or save it. */
export const useSubmissionFile = (id: string) =>
  useQuery({
    queryKey: [CLAIMS, 'submission-file', id],
    enabled: false,
    staleTime: Infinity,
    queryFn: async () =>
      dataOrThrow(
        await api.GET('/api/v1/claim-submissions/{id}/x12', { params: { path: { id } }, parseAs: 'blob' }),
      ) as Blob,
  });
