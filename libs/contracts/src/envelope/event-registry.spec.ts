import { buildEnvelope, InvalidEventError } from './envelope';
import { EventRegistry } from './event-registry';
import { TenantCreated } from '../identity/tenant-created.event';

const tenantId = '6f1c1f4e-8d7a-4a53-9a4e-1f2b3c4d5e6f';
const registry = new EventRegistry([TenantCreated]);
const aTenantCreated = () =>
  buildEnvelope(TenantCreated, {
    tenantId,
    aggregateId: tenantId,
    correlationId: 'req-1',
    payload: { tenantId, legalName: 'Lakeside Family Practice', npi: '1234567893', timeZone: 'America/Chicago' },
  });

describe('event contracts', () => {
  it('round-trips a valid envelope through JSON', () => {
    const sent = aTenantCreated();
    expect(registry.parse(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
  });

  it('refuses to build an event whose payload breaks its schema', () => {
    expect(() =>
      buildEnvelope(TenantCreated, {
        tenantId,
        aggregateId: tenantId,
        correlationId: 'req-1',
        payload: { tenantId, legalName: '', npi: '12', timeZone: 'UTC' },
      }),
    ).toThrow(InvalidEventError);
  });

  it('rejects unknown versions and unexpected envelope fields', () => {
    expect(() => registry.parse({ ...aTenantCreated(), version: 2 })).toThrow(/unknown event tenant.created v2/);
    expect(() => registry.parse({ ...aTenantCreated(), extra: true })).toThrow(/envelope/);
  });

  it('passes over, for a consumer reading only some of a topic, events it does not know or cannot read', () => {
    const sent = aTenantCreated();
    expect(registry.parseIfKnown(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
    expect(registry.parseIfKnown({ ...sent, type: 'tenant.renamed' })).toBeUndefined();
    expect(registry.parseIfKnown({ ...sent, payload: { tenantId } })).toBeUndefined();
  });
});
