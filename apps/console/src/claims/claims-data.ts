import { useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { dataOrThrow } from '../api/problem';

export type ClaimStatus = Schemas['Claim']['status'];
export type HistoryEntry = Schemas['ClaimHistoryEntry'];

/** Where the claims service's scrubber found a claim not fit to send, with the rule that found it. */
export interface ScrubError {
  rule: string;
  /** The claim's own field at fault (diagnoses[2], lines[0].diagnosisPointers), when it is one. */
  field?: string;
  message: string;
}

export type ClaimLine = Omit<Schemas['ClaimLine'], 'diagnosisPointers' | 'claim'> & { diagnosisPointers: number[] };

export type Claim = Omit<Schemas['Claim'], 'scrubErrors' | 'lines' | 'history'> & {
  scrubErrors: ScrubError[];
  lines?: ClaimLine[];
  history?: HistoryEntry[];
};

// The API description has scrub errors as empty objects and a line's pointers as one number (the claims service's
// document generator does not read its plain classes); the service sends the shapes above.
const asClaim = (claim: Schemas['Claim']): Claim => claim as unknown as Claim;

/** Every claims read starts with this key, so a change anywhere refreshes every claims screen. */
export const CLAIMS = 'claims';
const PAGE_SIZE = 100;

export const useClaimsIn = (status: ClaimStatus) =>
  useInfiniteQuery({
    queryKey: [CLAIMS, 'list', status],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor ?? undefined,
    queryFn: async ({ pageParam }) => {
      const page = dataOrThrow(
        await api.GET('/api/v1/claims', {
          params: { query: { status, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      );
      return { ...page, items: page.items.map(asClaim) };
    },
  });

const claimQuery = (id: string) => ({
  queryKey: [CLAIMS, 'claim', id],
  queryFn: async () => asClaim(dataOrThrow(await api.GET('/api/v1/claims/{id}', { params: { path: { id } } }))),
});

export const useClaim = (id: string) => useQuery(claimQuery(id));

/** Several claims read in full, for what only one claim's history says (why it was rejected). */
export const useClaimsInFull = (ids: string[]) =>
  useQueries({
    queries: ids.map(claimQuery),
    combine: (results) => new Map(results.flatMap(({ data }) => (data ? [[data.id, data] as const] : []))),
  });

export const useClaimsChange = <Input, Output>(send: (input: Input) => Promise<Output>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [CLAIMS] }),
  });
};

const onClaim = (id: string) => ({ params: { path: { id } } });

export interface ClaimFix {
  diagnoses: string[];
  lines: { lineId: string; diagnosisPointers: number[] }[];
}

export const useFixClaim = () =>
  useClaimsChange(async ({ id, fix }: { id: string; fix: ClaimFix }) =>
    asClaim(dataOrThrow(await api.PATCH('/api/v1/claims/{id}', { ...onClaim(id), body: fix }))),
  );

export const useScrubClaim = () =>
  useClaimsChange(async (id: string) => asClaim(dataOrThrow(await api.POST('/api/v1/claims/{id}/scrub', onClaim(id)))));

export const useVoidClaim = () =>
  useClaimsChange(async ({ id, reason }: { id: string; reason: string }) =>
    asClaim(dataOrThrow(await api.POST('/api/v1/claims/{id}/void', { ...onClaim(id), body: { reason } }))),
  );
