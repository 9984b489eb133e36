import { randomUUID } from 'node:crypto';
import { buildEnvelope, EventContract, LocationCreated, PayloadOf, StaffCreated, StaffRole } from '@praxis/contracts';
import { StaffMember } from '@praxis/replicas';
import { TenantTransactions } from '@praxis/tenancy';
import { aValidNpi, eventually, RunningService, sharedInfrastructure } from '@praxis/testing';
import { Kafka, logLevel, Producer } from 'kafkajs';
import request from 'supertest';
import { Location } from '../src/locations/location.entity';
import { TestClinic } from './scheduling-harness';

export const REPLICA_TIMEOUT_MS = 30_000;

/** Publishes identity's events as identity would, to the broker `npm test` started. */
export class IdentityEvents {
  private producer?: Producer;

  async publish<C extends EventContract>(
    contract: C,
    tenantId: string,
    aggregateId: string,
    payload: PayloadOf<C>,
    occurredAt?: Date,
  ): Promise<string> {
    const envelope = buildEnvelope(contract, {
      tenantId,
      aggregateId,
      correlationId: `test-${randomUUID()}`,
      payload,
      occurredAt,
    });
    await (
      await this.connected()
    ).send({ topic: contract.topic, messages: [{ key: aggregateId, value: JSON.stringify(envelope) }] });
    return envelope.id;
  }

  async close(): Promise<void> {
    await this.producer?.disconnect();
  }

  private async connected(): Promise<Producer> {
    if (!this.producer) {
      this.producer = new Kafka({
        clientId: 'calendar-tests',
        brokers: sharedInfrastructure().kafkaBrokers,
        logLevel: logLevel.NOTHING,
      }).producer();
      await this.producer.connect();
    }
    return this.producer;
  }
}

/** A clinic's calendar set up through the API, with staff and locations arriving as identity events. */
export class CalendarBuilder {
  constructor(
    private readonly scheduling: RunningService,
    private readonly events: IdentityEvents,
  ) {}

  private readonly replica = <T>(tenantId: string, find: (transactions: TenantTransactions) => Promise<T | null>) =>
    eventually(async () => {
      const found = await find(this.scheduling.app.get(TenantTransactions));
      if (!found) throw new Error(`replica row not there yet for clinic ${tenantId}`);
      return found;
    }, REPLICA_TIMEOUT_MS);

  async staffMember(clinic: TestClinic, displayName: string, roles: StaffRole[] = ['provider']): Promise<string> {
    const userId = randomUUID();
    const email = `${userId.slice(0, 8)}@clinic.test`;
    await this.events.publish(StaffCreated, clinic.tenantId, userId, {
      userId,
      email,
      displayName,
      roles,
      active: true,
    });
    await this.replica(clinic.tenantId, (transactions) =>
      transactions.runFor(clinic.tenantId, (manager) => manager.findOneBy(StaffMember, { userId })),
    );
    return userId;
  }

  async location(clinic: TestClinic, name = 'Downtown', timeZone = 'America/Chicago'): Promise<string> {
    const locationId = randomUUID();
    await this.events.publish(LocationCreated, clinic.tenantId, locationId, { locationId, name, timeZone });
    await this.replica(clinic.tenantId, (transactions) =>
      transactions.runFor(clinic.tenantId, (manager) => manager.findOneBy(Location, { id: locationId })),
    );
    return locationId;
  }

  async provider(
    clinic: TestClinic,
    displayName = 'Dr Grey',
  ): Promise<{ id: string; userId: string; displayName: string }> {
    const userId = await this.staffMember(clinic, displayName);
    const response = await request(this.scheduling.url)
      .post('/api/v1/providers')
      .set(await clinic.as('clinic_manager'))
      .send({ userId, npi: aValidNpi(), taxonomyCode: '207Q00000X' })
      .expect(201);
    return response.body;
  }

  async appointmentType(
    clinic: TestClinic,
    shape: { durationMinutes?: number; bufferBeforeMinutes?: number; bufferAfterMinutes?: number } = {},
  ): Promise<string> {
    const response = await request(this.scheduling.url)
      .post('/api/v1/appointment-types')
      .set(await clinic.as('clinic_manager'))
      .send({ name: `Visit ${randomUUID().slice(0, 6)}`, durationMinutes: 30, procedureCodes: ['99213'], ...shape })
      .expect(201);
    return response.body.id;
  }

  /** Every weekday, Monday to Sunday, 09:00–17:00 unless told otherwise. */
  async workingHours(
    clinic: TestClinic,
    providerId: string,
    locationId: string,
    hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  ) {
    await request(this.scheduling.url)
      .put(`/api/v1/availability/providers/${providerId}/locations/${locationId}/working-hours`)
      .set(await clinic.as('clinic_manager'))
      .send({ hours })
      .expect(200);
  }

  /** An appointment the lead's booking would have written, inserted through the service's own role and tenant. */
  async bookedAppointment(
    clinic: TestClinic,
    visit: {
      providerId: string;
      locationId: string;
      appointmentTypeId: string;
      startsAt: string;
      endsAt: string;
      blockedFrom?: string;
      blockedUntil?: string;
    },
  ) {
    await this.scheduling.app.get(TenantTransactions).runFor(clinic.tenantId, (manager) =>
      manager.query(
        `INSERT INTO appointments (tenant_id, patient_id, provider_id, location_id, appointment_type_id, starts_at, ends_at, blocked_from, blocked_until, time_zone, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'America/Chicago', 'booked')`,
        [
          clinic.tenantId,
          randomUUID(),
          visit.providerId,
          visit.locationId,
          visit.appointmentTypeId,
          visit.startsAt,
          visit.endsAt,
          visit.blockedFrom ?? visit.startsAt,
          visit.blockedUntil ?? visit.endsAt,
        ],
      ),
    );
  }
}
