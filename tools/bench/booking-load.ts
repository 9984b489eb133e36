import { GatewayClinic } from '@praxis/testing';
import { LoadFigures, measure, percentile, SlotSupply } from './load';

export interface BookingTarget {
  url: string;
  headers: Record<string, string>;
}

export const bookingBody = (clinic: GatewayClinic, startsAt: string, index: number): string =>
  JSON.stringify({
    patientId: clinic.patientIds[index % clinic.patientIds.length],
    providerId: clinic.providerId,
    locationId: clinic.locationId,
    appointmentTypeId: clinic.appointmentTypeId,
    startsAt,
  });

/** Each request books a slot no other request asks for, so the figures measure booking, not contention. */
export const bookDistinctSlots = (
  target: BookingTarget,
  clinic: GatewayClinic,
  slots: SlotSupply,
  connections: number,
): Promise<LoadFigures> => {
  let sent = 0;
  return measure({
    url: `${target.url}/api/v1/appointments`,
    connections,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    requests: [{ setupRequest: (request) => ({ ...request, body: bookingBody(clinic, slots.take(), sent++) }) }],
  });
};

export interface RaceOutcome {
  booked: number;
  refused: number;
  serverErrors: number;
  other: number;
  p50: number;
  p99: number;
}

/** Many clients at once for few slots: exactly one booking per slot may win, every other one is a 409. */
export const raceForSlots = async (
  target: BookingTarget,
  clinic: GatewayClinic,
  starts: string[],
  clients: number,
): Promise<RaceOutcome> => {
  const attempt = async (index: number) => {
    const began = performance.now();
    const response = await fetch(`${target.url}/api/v1/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...target.headers },
      body: bookingBody(clinic, starts[index % starts.length], index),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - began };
  };
  const answers = await Promise.all(Array.from({ length: clients }, (_, index) => attempt(index)));
  const latencies = answers.map(({ ms }) => ms).sort((a, b) => a - b);
  const count = (test: (status: number) => boolean) => answers.filter(({ status }) => test(status)).length;
  return {
    booked: count((status) => status === 201),
    refused: count((status) => status === 409),
    serverErrors: count((status) => status >= 500),
    other: count((status) => status !== 201 && status !== 409 && status < 500),
    p50: Math.round(percentile(latencies, 0.5)),
    p99: Math.round(percentile(latencies, 0.99)),
  };
};

/** Fills a clinic's calendar one booking at a time, so a slot search has bookings to step around. */
export const seedBookings = async (target: BookingTarget, clinic: GatewayClinic, starts: string[]): Promise<void> => {
  for (const [index, startsAt] of starts.entries()) {
    const response = await fetch(`${target.url}/api/v1/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...target.headers },
      body: bookingBody(clinic, startsAt, index),
    });
    if (response.status !== 201)
      throw new Error(`seeding booking ${index} answered ${response.status}: ${await response.text()}`);
  }
};
