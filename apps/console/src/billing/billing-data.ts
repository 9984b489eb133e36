import { useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { idempotencyKey } from '../api/idempotency-key';
import { dataOrThrow } from '../api/problem';

export type BillingVisit = Schemas['BillingVisit'];
export type Charge = Schemas['Charge'];
export type VisitStatus = BillingVisit['status'];
export type PriceChange = Schemas['PriceChargeDto'];
export type ChargeCorrection = Schemas['CorrectChargeDto'];
export type DaySheetRow = Schemas['DaySheetRow'];
export type AgingRow = Schemas['AgingRow'];

/** Every billing read starts with this key, so a change anywhere refreshes every billing screen. */
const BILLING = 'billing';
const PAGE_SIZE = 100;

export const useVisitsIn = (status: VisitStatus) =>
  useInfiniteQuery({
    queryKey: [BILLING, 'visits', status],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: Schemas['VisitPage']) => page.nextCursor ?? undefined,
    queryFn: async ({ pageParam }) =>
      dataOrThrow(
        await api.GET('/api/v1/billing/visits', {
          params: { query: { status, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
  });

const billingVisitQuery = (id: string) => ({
  queryKey: [BILLING, 'visit', id],
  queryFn: async () => dataOrThrow(await api.GET('/api/v1/billing/visits/{id}', { params: { path: { id } } })),
});

export const useBillingVisit = (id: string) => useQuery(billingVisitQuery(id));

/** Billing's visit has the appointment's id; a completed visit billing has not captured yet answers 404. */
export const useBillingVisits = (ids: string[]) =>
  useQueries({
    queries: ids.map((id) => ({ ...billingVisitQuery(id), retry: false })),
    combine: (results) => results.map(({ data, isPending }, index) => ({ id: ids[index], data, isPending })),
  });

export const usePatientBalance = (patientId: string) =>
  useQuery({
    queryKey: [BILLING, 'balance', patientId],
    queryFn: async () =>
      dataOrThrow(await api.GET('/api/v1/billing/patients/{patientId}/balance', { params: { path: { patientId } } })),
  });

export const useAging = () =>
  useQuery({
    queryKey: [BILLING, 'aging'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/billing/ar-aging')),
  });

export const useDaySheet = (from: string, to: string) =>
  useQuery({
    queryKey: [BILLING, 'day-sheet', from, to],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/billing/day-sheet', { params: { query: { from, to } } })),
  });

const useBillingChange = <Input, Output>(send: (input: Input) => Promise<Output>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [BILLING] }),
  });
};

const onVisit = (id: string) => ({ params: { path: { id } } });

/** A visit is released once: a retry after a lost answer replays the first release instead of being refused. */
export const useReleaseVisit = () =>
  useBillingChange(async (id: string) =>
    dataOrThrow(
      await api.POST('/api/v1/billing/visits/{id}/release', {
        params: { path: { id }, header: { 'Idempotency-Key': `release-${id}` } },
      }),
    ),
  );

export const useHoldVisit = () =>
  useBillingChange(async ({ id, reason }: { id: string; reason: string }) =>
    dataOrThrow(await api.POST('/api/v1/billing/visits/{id}/hold', { ...onVisit(id), body: { reason } })),
  );

export const useResumeVisit = () =>
  useBillingChange(async (id: string) =>
    dataOrThrow(await api.POST('/api/v1/billing/visits/{id}/resume', onVisit(id))),
  );

export const usePriceCharge = () =>
  useBillingChange(async ({ visitId, chargeId, body }: { visitId: string; chargeId: string; body: PriceChange }) =>
    dataOrThrow(
      await api.POST('/api/v1/billing/visits/{id}/charges/{chargeId}/price', {
        params: { path: { id: visitId, chargeId } },
        body,
      }),
    ),
  );

/** The key is made from the line and the correction, so a resend voids and reposts once and another correction is new. */
export const useCorrectCharge = () =>
  useBillingChange(async ({ charge, body }: { charge: Charge; body: ChargeCorrection }) =>
    dataOrThrow(
      await api.POST('/api/v1/billing/visits/{id}/charges/{chargeId}/correction', {
        params: {
          path: { id: charge.visitId, chargeId: charge.id },
          header: { 'Idempotency-Key': await idempotencyKey(`correct-${charge.id}`, body) },
        },
        body,
      }),
    ),
  );
