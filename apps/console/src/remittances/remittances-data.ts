import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { dataOrThrow } from '../api/problem';
import { CLAIMS, useClaimsChange } from '../claims/claims-data';

export type RemittanceTransaction = Schemas['RemittanceTransactionView'];
export type ClaimPayment = Schemas['ClaimPaymentView'];
export type LinePayment = Schemas['LinePaymentView'];
export type Adjustment = Schemas['AdjustmentView'];
export type UnmatchedClaimPayment = Schemas['UnmatchedClaimPaymentView'];

/** Under the claims key: posting a remittance moves claims, so every claims screen refreshes with it. */
const REMITTANCES = [CLAIMS, 'remittances'] as const;
const PAGE_SIZE = 50;

/** The API's cursor pages, each read fetching the page after the last. */
const pages = <Item>(
  key: readonly unknown[],
  read: (cursor?: string) => Promise<{ items: Item[]; nextCursor: string | null }>,
) =>
  ({
    queryKey: key,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor ?? undefined,
    queryFn: ({ pageParam }: { pageParam: string | undefined }) => read(pageParam),
  }) as const;

const cursorOf = (cursor?: string) => (cursor ? { cursor } : {});

export const useRemittances = () =>
  useInfiniteQuery(
    pages([...REMITTANCES, 'list'], async (cursor) =>
      dataOrThrow(
        await api.GET('/api/v1/remittances', { params: { query: { limit: PAGE_SIZE, ...cursorOf(cursor) } } }),
      ),
    ),
  );

export const useUnmatchedClaimPayments = () =>
  useInfiniteQuery(
    pages([...REMITTANCES, 'unmatched'], async (cursor) =>
      dataOrThrow(
        await api.GET('/api/v1/remittances/unmatched', {
          params: { query: { limit: PAGE_SIZE, ...cursorOf(cursor) } },
        }),
      ),
    ),
  );

export const useRemittance = (id: string) =>
  useQuery({
    queryKey: [...REMITTANCES, 'remittance', id],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/remittances/{id}', { params: { path: { id } } })),
  });

/** The 835 goes as the text it is received in: the service reads it segment by segment. */
const asX12 = (content: string) => ({
  body: content,
  bodySerializer: (body: string) => body,
  headers: { 'content-type': 'text/plain' },
});

/** Reads the file as posting would and stores nothing, so the clerk sees what it pays before it is posted. */
export const usePreviewRemittance = () =>
  useClaimsChange(async (content: string) =>
    dataOrThrow(await api.POST('/api/v1/remittances/preview', asX12(content))),
  );

export const usePostRemittance = () =>
  useClaimsChange(async (content: string) => dataOrThrow(await api.POST('/api/v1/remittances', asX12(content))));

export const useMatchClaimPayment = () =>
  useClaimsChange(async ({ claimPaymentId, claimId }: { claimPaymentId: string; claimId: string }) =>
    dataOrThrow(
      await api.POST('/api/v1/remittances/unmatched/{claimPaymentId}/match', {
        params: { path: { claimPaymentId } },
        body: { claimId },
      }),
    ),
  );
