import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import { CLAIMS, useClaimsChange } from '../claims-data';

export type PayerFields = Schemas['PayerDto'];
export type ClaimFilingIndicator = PayerFields['claimFilingIndicator'];

export type PostalAddress = Schemas['claims.PostalAddress'];
export type Payer = Schemas['Payer'];

export const usePayers = () =>
  useQuery({
    queryKey: [CLAIMS, 'payers'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/payers')),
  });

export const useSavePayer = () =>
  useClaimsChange(async ({ id, fields }: { id?: string; fields: PayerFields }) =>
    id
      ? dataOrThrow(await api.PUT('/api/v1/payers/{id}', { params: { path: { id } }, body: fields }))
      : dataOrThrow(await api.POST('/api/v1/payers', { body: fields })),
  );
