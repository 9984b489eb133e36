import { eventually } from '@praxis/testing';
import { DateTime } from 'luxon';
import { aSystemWithAClinic } from './support/system-with-a-clinic';

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

describe('a clinic manager keeps a provider’s licence current, through the gateway', () => {
  const system = aSystemWithAClinic({ patients: 1 });
  let starts: string[];

  const call = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await fetch(`${system.gateway.url}${path}`, {
      method,
      headers: { authorization: system.clinic.bearer, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };

  /** Each try takes a new time: a try made before training's word reached scheduling may have booked its slot. */
  const bookTheProvider = () =>
    call('POST', '/api/v1/appointments', {
      patientId: system.clinic.patientIds[0],
      providerId: system.clinic.providerId,
      locationId: system.clinic.locationId,
      appointmentTypeId: system.clinic.appointmentTypeId,
      startsAt: starts.shift(),
    });

  const recordLicence = (requirementId: string, completedOn: string, expiresOn: string) =>
    call('POST', '/api/v1/training/completions', {
      requirementId,
      userId: system.clinic.providerUserId,
      completedOn,
      expiresOn,
      certificateNumber: 'IL-036-123456',
    });

  beforeAll(async () => {
    starts = system.clinic.slotStarts(200, 2);
  });

  it('stops bookings of the provider while the licence has lapsed, and allows them again once the renewal is verified', async () => {
    const today = DateTime.now().setZone(system.clinic.timeZone);
    const licence = await eventually(async () => {
      const { body } = await call('GET', `/api/v1/training/staff/${system.clinic.providerUserId}/standing`);
      const row = (body as unknown as { requirementName: string; requirementId: string }[]).find(
        ({ requirementName }) => requirementName === 'State licence',
      );
      expect(row).toBeDefined();
      return row as { requirementId: string };
    }, 30_000);

    const lapsed = await recordLicence(
      licence.requirementId,
      today.minus({ years: 2 }).toISODate() ?? '',
      today.minus({ days: 1 }).toISODate() ?? '',
    );
    expect(lapsed).toMatchObject({ status: 201, body: { review: 'verified' } });
    expect((await call('POST', '/api/v1/training/deadline-scans')).status).toBe(202);

    const refused = await eventually(async () => {
      const answer = await bookTheProvider();
      expect(answer.status).toBe(409);
      return answer;
    }, 30_000);
    expect(refused.body).toMatchObject({
      expiredCredentials: [{ credentialName: 'State licence', expiredOn: today.minus({ days: 1 }).toISODate() }],
    });
    expect(refused.body.detail).toContain('State licence expired on');

    const renewed = await recordLicence(
      licence.requirementId,
      today.toISODate() ?? '',
      today.plus({ years: 2 }).toISODate() ?? '',
    );
    expect(renewed).toMatchObject({ status: 201, body: { review: 'verified' } });
    await eventually(async () => expect((await bookTheProvider()).status).toBe(201), 30_000);
  });
});
