import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import { CLAIMS, useClaimsChange } from '../claims-data';

export type PayerFields = Schemas['PayerDto'];
export type ClaimFilingIndicator = PayerFields['claimFilingIndicator'];

export interface PostalAddress {
  line1: string;
  line2?: string | null;
  city: string;
  state: string;
  postalCode: string;
}

// The API description has the address as an empty object (a plain class its generator does not read).
export type Payer = Omit<Schemas['Payer'], 'address'> & { address: PostalAddress };

export const usePayers = () =>
  useQuery({
    queryKey: [CLAIMS, 'payers'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/payers')) as unknown as Payer[],
  });

export const useSavePayer = () =>
  useClaimsChange(async ({ id, fields }: { id?: string; fields: PayerFields }) =>
    id
      ? dataOrThrow(await api.PUT('/api/v1/payers/{id}', { params: { path: { id } }, body: fields }))
      : dataOrThrow(await api.POST('/api/v1/payers', { body: fields })),
  );
