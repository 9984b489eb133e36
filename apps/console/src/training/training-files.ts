import { api } from '../api/client';
import { saveAs } from '../api/downloads';
import { dataOrThrow } from '../api/problem';

export const downloadMatrixCsv = async (today: string): Promise<void> =>
  saveAs(
    dataOrThrow(await api.GET('/api/v1/training/compliance/matrix.csv', { parseAs: 'blob' })),
    `training-matrix-${today}.csv`,
  );

export const downloadRecordCsv = async (userId: string, displayName: string): Promise<void> =>
  saveAs(
    dataOrThrow(
      await api.GET('/api/v1/training/staff/{userId}/record.csv', { params: { path: { userId } }, parseAs: 'blob' }),
    ),
    `training-record-${displayName.replace(/[^A-Za-z0-9]+/g, '-')}.csv`,
  );

export const fetchCertificate = async (completionId: string): Promise<Blob> =>
  dataOrThrow(
    await api.GET('/api/v1/training/completions/{id}/certificate', {
      params: { path: { id: completionId } },
      parseAs: 'blob',
    }),
  );

export const downloadCertificate = async (completionId: string, fileName: string): Promise<void> =>
  saveAs(await fetchCertificate(completionId), fileName);

/** Images are shown as data: URLs, which the console's Content-Security-Policy allows for images. */
export const dataUrlOf = (file: Blob): Promise<string> =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });

/** The API takes a certificate as base64 inside the JSON body (the gateway passes JSON only). */
export const base64Of = async (file: File): Promise<string> => {
  const dataUrl = await dataUrlOf(file);
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
};
