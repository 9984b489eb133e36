import { useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { dataUrlOf, downloadCertificate, fetchCertificate } from '../training-files';

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

/** An image certificate is shown in place; a PDF is handed to the browser's own viewer as a download. */
export const CertificateView = ({ completionId, holder }: { completionId: string; holder: string }) => {
  const certificate = useQuery({
    queryKey: ['training', 'certificate', completionId],
    queryFn: async () => {
      const file = await fetchCertificate(completionId);
      return { type: file.type, image: file.type.startsWith('image/') ? await dataUrlOf(file) : undefined };
    },
  });

  if (certificate.isError) return <p role="alert">The certificate could not be loaded.</p>;
  if (!certificate.data) return <p role="status">Loading the certificate…</p>;
  const fileName = `certificate-${holder.replace(/[^A-Za-z0-9]+/g, '-')}.${EXTENSIONS[certificate.data.type] ?? 'bin'}`;
  return (
    <div className="certificate">
      {certificate.data.image && <img src={certificate.data.image} alt={`Certificate uploaded by ${holder}`} />}
      <Button onPress={() => void downloadCertificate(completionId, fileName)}>Download the certificate</Button>
    </div>
  );
};
