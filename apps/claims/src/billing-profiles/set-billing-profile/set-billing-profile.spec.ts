import { randomUUID } from 'node:crypto';
import { buildEnvelope, TenantCreated, Topic } from '@praxis/contracts';
import { NotFoundError } from '@praxis/platform';
import { aValidNpi, ClinicActor, deliverEvent, UseCaseHarness } from '@praxis/testing';
import { aClerkAtANewClinic, startClaimsUseCases } from '../../../test/claims-use-cases';
import { ClinicEventsConsumer } from '../../clinics/clinic-events.consumer';
import { BillingProfiles } from '../billing-profiles';
import { SetBillingProfile } from './set-billing-profile.usecase';

describe('SetBillingProfile', () => {
  let harness: UseCaseHarness;
  let sut: SetBillingProfile;

  beforeAll(async () => {
    harness = await startClaimsUseCases();
    sut = harness.get(SetBillingProfile);
  });
  afterAll(() => harness.close());

  const identityAnnounces = async (clerk: ClinicActor, npi: string) => {
    const consumer = harness.get(ClinicEventsConsumer);
    const payload = {
      tenantId: clerk.tenantId,
      legalName: 'Lakeside Family Practice',
      npi,
      timeZone: 'America/Chicago',
    };
    const envelope = buildEnvelope(TenantCreated, {
      tenantId: clerk.tenantId,
      aggregateId: clerk.tenantId,
      correlationId: randomUUID(),
      payload,
    });
    await deliverEvent(consumer.onTenantEvent.bind(consumer), Topic.IdentityTenants, envelope);
  };
  const profileOf = (clerk: ClinicActor) => harness.as(clerk, () => harness.get(BillingProfiles).current());

  it('starts from the name and NPI identity announced, and the clerk completes it', async () => {
    const clerk = aClerkAtANewClinic();
    const npi = aValidNpi();
    await identityAnnounces(clerk, npi);
    expect(await profileOf(clerk)).toMatchObject({
      organizationName: 'Lakeside Family Practice',
      npi,
      tin: null,
      taxonomyCode: null,
      address: null,
      placeOfService: '11',
    });

    const address = { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701-1234' };
    const locationId = randomUUID();
    await harness.as(clerk, () =>
      sut.execute({
        ...harness.commandFor(clerk),
        organizationName: 'Lakeside Family Practice LLC',
        npi,
        tin: '123456789',
        taxonomyCode: '207Q00000X',
        address,
        locationPlacesOfService: [{ locationId, placeOfService: '02' }],
        submitterId: 'LAKESIDE01',
      }),
    );
    expect(await profileOf(clerk)).toMatchObject({
      organizationName: 'Lakeside Family Practice LLC',
      tin: '123456789',
      taxonomyCode: '207Q00000X',
      address,
      locationPlacesOfService: [{ locationId, placeOfService: '02' }],
      submitterId: 'LAKESIDE01',
      receiverId: null,
    });
  });

  it('is answered 404 for a clinic identity has not announced and the clerk has not set up', async () => {
    const clerk = aClerkAtANewClinic();
    await expect(profileOf(clerk)).rejects.toBeInstanceOf(NotFoundError);
  });
});
