import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import { CLAIMS, useClaimsChange } from '../claims-data';

export type BillingProfileFields = Schemas['BillingProfileDto'];
export type BillingProfile = Schemas['BillingProfile'];

export const useBillingProfile = () =>
  useQuery({
    queryKey: [CLAIMS, 'billing-profile'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/billing-profile')),
  });

export const useSetBillingProfile = () =>
  useClaimsChange(async (fields: BillingProfileFields) =>
    dataOrThrow(await api.PUT('/api/v1/billing-profile', { body: fields })),
  );
