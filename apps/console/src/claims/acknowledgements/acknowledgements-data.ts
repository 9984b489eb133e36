import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import { useClaimsChange } from '../claims-data';

export const acknowledgementsPath = '/claims/acknowledgements';

/** The file goes as the text it is: the service reads it segment by segment and applies it all or not at all. */
export const useUploadAcknowledgement = () =>
  useClaimsChange(async (content: string) =>
    dataOrThrow(
      await api.POST('/api/v1/acknowledgements', {
        body: content,
        bodySerializer: (body: string) => body,
        headers: { 'content-type': 'text/plain' },
      }),
    ),
  );
