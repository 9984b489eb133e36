import { randomUUID } from 'node:crypto';
import { aSystemWithAClinic } from './support/system-with-a-clinic';

interface Answer {
  status: number;
  replayed: string | null;
  body: Record<string, unknown>;
}

describe('the front desk retries safely through the gateway', () => {
  const system = aSystemWithAClinic({ patients: 1 });

  const post = async (path: string, body: unknown, key?: string): Promise<Answer> => {
    const response = await fetch(`${system.gateway.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: system.clinic.bearer,
        ...(key === undefined ? {} : { 'idempotency-key': key }),
      },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed'),
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  const aBooking = (startsAt: string) => ({
    patientId: system.clinic.patientIds[0],
    providerId: system.clinic.providerId,
    locationId: system.clinic.locationId,
    appointmentTypeId: system.clinic.appointmentTypeId,
    startsAt,
  });
  const aNewPatient = () => ({
    firstName: 'Retry',
    lastName: `Walk-in ${randomUUID().slice(0, 8)}`,
    dateOfBirth: '1975-05-05',
    sex: 'female',
    phone: '312-555-0199',
    address: { line1: '5 Oak St', city: 'Chicago', state: 'IL', postalCode: '60601' },
  });

  it('answers a retried booking with the first answer, marked as a replay, instead of 409 for its own visit', async () => {
    const [startsAt] = system.clinic.slotStarts(1, 3);
    const key = randomUUID();
    const first = await post('/api/v1/appointments', aBooking(startsAt), key);
    const retry = await post('/api/v1/appointments', aBooking(startsAt), key);
    expect(first).toMatchObject({ status: 201, replayed: null });
    expect(retry).toEqual({ ...first, replayed: 'true' });
  });

  it('refuses the same key with another body (422) and malformed keys (400), booking nothing', async () => {
    const [startsAt, otherStart] = system.clinic.slotStarts(2, 4);
    const key = randomUUID();
    await post('/api/v1/appointments', aBooking(startsAt), key);
    expect((await post('/api/v1/appointments', aBooking(otherStart), key)).status).toBe(422);
    for (const malformed of ['', 'x'.repeat(256), 'caf\u00e9']) {
      const answer = await post('/api/v1/appointments', aBooking(otherStart), malformed);
      expect({ key: malformed.slice(0, 10), status: answer.status, field: answer.body.errors }).toMatchObject({
        status: 400,
        field: [{ field: 'Idempotency-Key' }],
      });
    }
    expect((await post('/api/v1/appointments', aBooking(otherStart))).status).toBe(201);
  });

  it('gives every one of ten concurrent requests with one key the same single booking', async () => {
    const [startsAt] = system.clinic.slotStarts(1, 5);
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post('/api/v1/appointments', aBooking(startsAt), key)),
    );
    expect(new Set(answers.map((answer) => `${answer.status} ${String(answer.body.id)}`)).size).toBe(1);
    expect(answers[0].status).toBe(201);
    expect(answers.filter((answer) => answer.replayed === 'true')).toHaveLength(9);
  });

  it('registers a walk-in once and records their coverage once, however often the desk retries', async () => {
    const patientKey = randomUUID();
    const patient = aNewPatient();
    const [registered, again] = [
      await post('/api/v1/patients', patient, patientKey),
      await post('/api/v1/patients', patient, patientKey),
    ];
    expect(registered.status).toBe(201);
    expect(again).toEqual({ ...registered, replayed: 'true' });
    const coverage = {
      payerId: '60054',
      payerName: 'Aetna',
      memberId: 'W123456789',
      rank: 'primary',
      effectiveFrom: '2026-01-01',
      subscriber: { relationship: 'self' },
    };
    const coverageKey = randomUUID();
    const path = `/api/v1/patients/${String(registered.body.id)}/coverages`;
    const recorded = await post(path, coverage, coverageKey);
    expect(recorded.status).toBe(201);
    expect(await post(path, coverage, coverageKey)).toEqual({ ...recorded, replayed: 'true' });
  });
});
