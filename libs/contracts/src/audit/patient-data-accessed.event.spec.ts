import { randomUUID } from 'node:crypto';
import { buildEnvelope, InvalidEventError } from '../envelope/envelope';
import { EventRegistry } from '../envelope/event-registry';
import { PatientDataAccessed } from './patient-data-accessed.event';

const tenantId = randomUUID();
const patientId = randomUUID();
const aRead = (records: unknown[]) => ({
  tenantId,
  aggregateId: tenantId,
  correlationId: 'req-7',
  payload: {
    service: 'scheduling',
    actorUserId: randomUUID(),
    action: 'read',
    records,
    occurredAt: new Date().toISOString(),
    requestId: 'req-7',
  },
});

describe('patient-data.accessed v1', () => {
  it('carries who read which patient record, and survives the trip through JSON', () => {
    const sent = buildEnvelope(
      PatientDataAccessed,
      aRead([{ patientId, kind: 'coverage', id: randomUUID() }]) as never,
    );
    expect(new EventRegistry([PatientDataAccessed]).parse(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
  });

  it('refuses a record that carries anything but ids, so names and dates of birth cannot leak into the trail', () => {
    const withName = [
      { patientId, kind: 'demographics', id: patientId, lastName: 'Rivera', dateOfBirth: '1984-07-21' },
    ];
    expect(() => buildEnvelope(PatientDataAccessed, aRead(withName) as never)).toThrow(InvalidEventError);
  });

  it('refuses an access that names no record or an unknown kind of record', () => {
    expect(() => buildEnvelope(PatientDataAccessed, aRead([]) as never)).toThrow(InvalidEventError);
    expect(() => buildEnvelope(PatientDataAccessed, aRead([{ patientId, kind: 'diary', id: null }]) as never)).toThrow(
      InvalidEventError,
    );
  });
});
