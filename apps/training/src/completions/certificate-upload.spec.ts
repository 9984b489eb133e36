import { PayloadTooLargeError, UnprocessableError } from '@praxis/platform';
import { CERTIFICATE_MAX_BYTES, readCertificate } from './certificate-upload';

const base64 = (...bytes: number[]) => Buffer.from([...bytes, 0x00, 0x01]).toString('base64');

describe('certificate uploads', () => {
  it('knows PDF, PNG and JPEG by their first bytes and keeps their SHA-256', () => {
    const pdf = readCertificate(Buffer.from('%PDF-1.7\n').toString('base64'));
    expect(pdf).toMatchObject({ mediaType: 'application/pdf', byteSize: 9 });
    expect(pdf.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readCertificate(base64(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)).mediaType).toBe('image/png');
    expect(readCertificate(base64(0xff, 0xd8, 0xff, 0xe0)).mediaType).toBe('image/jpeg');
  });

  it('refuses anything else, whatever it claims to be', () => {
    expect(() => readCertificate(Buffer.from('<html>not a pdf</html>').toString('base64'))).toThrow(UnprocessableError);
    expect(() => readCertificate(Buffer.from('GIF89a').toString('base64'))).toThrow(UnprocessableError);
  });

  it('refuses a file over the limit', () => {
    const big = Buffer.alloc(CERTIFICATE_MAX_BYTES + 1);
    Buffer.from('%PDF-').copy(big);
    expect(() => readCertificate(big.toString('base64'))).toThrow(PayloadTooLargeError);
  });
});
