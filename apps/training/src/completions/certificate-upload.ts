import { createHash } from 'node:crypto';
import { PayloadTooLargeError, UnprocessableError } from '@praxis/platform';

/** Decoded, it must fit the gateway's 1 MiB JSON body once base64 (4/3) and the other fields are added. */
export const CERTIFICATE_MAX_BYTES = 512 * 1024;

export const certificateMediaTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type CertificateMediaType = (typeof certificateMediaTypes)[number];

/**
 * The file's own first bytes decide its type, never a name or a declared type. `file-type` would do this, but it is
 * published as an ES module only, which this CommonJS build (and jest) cannot load on Node 20; three signatures suffice.
 */
const SIGNATURES: readonly [CertificateMediaType, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

export interface CertificateFile {
  content: Buffer;
  mediaType: CertificateMediaType;
  byteSize: number;
  sha256: string;
}

const FIELD = 'certificate.contentBase64';

export const readCertificate = (contentBase64: string): CertificateFile => {
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length > CERTIFICATE_MAX_BYTES) throw new PayloadTooLargeError(CERTIFICATE_MAX_BYTES);
  const match = SIGNATURES.find(([, signature]) => signature.every((byte, index) => content[index] === byte));
  if (!match)
    throw new UnprocessableError('the certificate must be a PDF, PNG or JPEG file', [
      { field: FIELD, message: 'the file is not a PDF, PNG or JPEG' },
    ]);
  return {
    content,
    mediaType: match[0],
    byteSize: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
};
