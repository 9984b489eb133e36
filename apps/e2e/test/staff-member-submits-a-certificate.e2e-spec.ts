import { eventually } from '@praxis/testing';
import { DateTime } from 'luxon';
import { aSignedInStaffMember, aSystemWithAClinic } from './support/system-with-a-clinic';

interface Answer {
  status: number;
  contentType: string;
  body: Buffer;
}

const A_PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
const json = (answer: Answer) => JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>;

describe('a staff member submits their own training certificate, through the gateway', () => {
  const system = aSystemWithAClinic({ patients: 1 });

  const call = async (bearer: string, method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await fetch(`${system.gateway.url}${path}`, {
      method,
      headers: { authorization: bearer, 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: Buffer.from(await response.arrayBuffer()),
    };
  };

  const signedInStaffMember = (role: string) => aSignedInStaffMember(system.gateway.url, system.clinic.bearer, [role]);

  it('keeps the certificate for them and their manager only, refuses a disguised or oversized file, and counts it once verified', async () => {
    const frontDesk = await signedInStaffMember('front_desk');
    const clerk = await signedInStaffMember('billing_clerk');
    const standing = async () =>
      json(await call(frontDesk.bearer, 'GET', `/api/v1/training/staff/${frontDesk.userId}/standing`)) as unknown;
    const hipaa = await eventually(async () => {
      const rows = (await standing()) as { requirementName: string; requirementId: string }[];
      const row = rows.find(({ requirementName }) => requirementName === 'HIPAA privacy');
      expect(row).toBeDefined();
      return row as { requirementId: string };
    }, 30_000);
    const submission = (contentBase64: string) => ({
      requirementId: hipaa.requirementId,
      completedOn: DateTime.now().setZone(system.clinic.timeZone).toISODate(),
      certificate: { contentBase64 },
    });

    const submitted = await call(
      frontDesk.bearer,
      'POST',
      '/api/v1/training/completions',
      submission(A_PNG.toString('base64')),
    );
    expect(submitted.status).toBe(201);
    const completion = json(submitted);
    expect(completion).toMatchObject({ review: 'pending', userId: frontDesk.userId });

    const certificatePath = `/api/v1/training/completions/${completion.id as string}/certificate`;
    for (const bearer of [frontDesk.bearer, system.clinic.bearer]) {
      const download = await call(bearer, 'GET', certificatePath);
      expect({ status: download.status, contentType: download.contentType }).toEqual({
        status: 200,
        contentType: 'image/png',
      });
      expect(download.body.equals(A_PNG)).toBe(true);
    }
    expect((await call(clerk.bearer, 'GET', certificatePath)).status).toBe(404);

    const disguised = await call(
      frontDesk.bearer,
      'POST',
      '/api/v1/training/completions',
      submission(Buffer.from('<html>certificate.pdf</html>').toString('base64')),
    );
    const overLimit = await call(
      frontDesk.bearer,
      'POST',
      '/api/v1/training/completions',
      submission(Buffer.alloc(600 * 1024, 0xff).toString('base64')),
    );
    const overBody = await call(
      frontDesk.bearer,
      'POST',
      '/api/v1/training/completions',
      submission(Buffer.alloc(900 * 1024, 0xff).toString('base64')),
    );
    for (const refused of [disguised, overLimit, overBody]) {
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);
      expect(refused.contentType).toMatch(/^application\/problem\+json/);
    }
    expect([disguised.status, overBody.status]).toEqual([422, 413]);
    const mine = json(await call(frontDesk.bearer, 'GET', '/api/v1/training/completions'));
    expect((mine.items as { id: string }[]).map(({ id }) => id)).toEqual([completion.id]);

    const verified = await call(
      system.clinic.bearer,
      'POST',
      `/api/v1/training/completions/${completion.id as string}/verification`,
    );
    expect(json(verified)).toMatchObject({ review: 'verified' });
    const rows = (await standing()) as { requirementName: string; status: string }[];
    expect(rows.find(({ requirementName }) => requirementName === 'HIPAA privacy')?.status).toBe('compliant');
  });
});
