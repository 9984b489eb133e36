import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { dataOrThrow } from '../../api/problem';

export type Payment = Schemas['PaymentView'];
/** Money as handed over, whatever it is for. */
export type Receipt = Omit<Schemas['TakeCopayDto'], 'patientId' | 'visitId'>;
export type Allocation = Schemas['AllocationDto'];
export type PaymentMethod = Receipt['method'];

/** Billing's reads share this first key, so money moved anywhere refreshes the balances, visits and reports. */
const BILLING = 'billing';

export const usePaymentsOf = (patientId: string) =>
  useQuery({
    queryKey: [BILLING, 'payments', patientId],
    queryFn: async () =>
      dataOrThrow(await api.GET('/api/v1/billing/payments', { params: { query: { patientId, limit: 200 } } })),
  });

const useMoneyMove = <Input, Output>(send: (input: Input) => Promise<Output>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [BILLING] }),
  });
};

/** Every money-moving request carries the key its form made, so a resend after a lost answer moves the money once. */
interface Keyed<Body> {
  key: string;
  body: Body;
}

export const usePostPayment = () =>
  useMoneyMove(async ({ key, body }: Keyed<Schemas['PostPaymentDto']>) =>
    dataOrThrow(await api.POST('/api/v1/billing/payments', { params: { header: { 'Idempotency-Key': key } }, body })),
  );

export const useApplyPayment = () =>
  useMoneyMove(async ({ key, body, paymentId }: Keyed<Schemas['ApplyPaymentDto']> & { paymentId: string }) =>
    dataOrThrow(
      await api.POST('/api/v1/billing/payments/{id}/applications', {
        params: { path: { id: paymentId }, header: { 'Idempotency-Key': key } },
        body,
      }),
    ),
  );

export const useTakeCopay = () =>
  useMoneyMove(async ({ key, body }: Keyed<Schemas['TakeCopayDto']>) =>
    dataOrThrow(await api.POST('/api/v1/billing/copays', { params: { header: { 'Idempotency-Key': key } }, body })),
  );

export const useRefundPayment = () =>
  useMoneyMove(async ({ key, body, paymentId }: Keyed<Schemas['RefundPaymentDto']> & { paymentId: string }) =>
    dataOrThrow(
      await api.POST('/api/v1/billing/payments/{id}/refunds', {
        params: { path: { id: paymentId }, header: { 'Idempotency-Key': key } },
        body,
      }),
    ),
  );
