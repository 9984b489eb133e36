import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import { CLAIMS, useClaimsChange } from '../claims-data';
import type { PostalAddress } from '../payers/payers-data';

export type BillingProfileFields = Schemas['BillingProfileDto'];

// The API description has the address as an empty object (a plain class its generator does not read).
export type BillingProfile = Omit<Schemas['BillingProfile'], 'address'> & { address: PostalAddress | null };

export const useBillingProfile = () =>
  useQuery({
    queryKey: [CLAIMS, 'billing-profile'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/billing-profile')) as unknown as BillingProfile,
  });

export const useSetBillingProfile = () =>
  useClaimsChange(async (fields: BillingProfileFields) =>
    dataOrThrow(await api.PUT('/api/v1/billing-profile', { body: fields })),
  );
