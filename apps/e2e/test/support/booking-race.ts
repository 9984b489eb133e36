import { GatewayClinic } from '@praxis/testing';

export const RACE_SLOTS = 10;
export const RACE_REQUESTS = 200;

export interface RaceAnswer {
  status: number;
  /** How many other free slots a refusal offered. */
  alternatives: number;
}

export interface RaceOutcome {
  booked: number;
  refusedWithAlternatives: number;
  other: number;
}

const book = async (
  gatewayUrl: string,
  clinic: GatewayClinic,
  startsAt: string,
  patientId: string,
): Promise<RaceAnswer> => {
  const response = await fetch(`${gatewayUrl}/api/v1/appointments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: clinic.bearer },
    body: JSON.stringify({
      patientId,
      providerId: clinic.providerId,
      locationId: clinic.locationId,
      appointmentTypeId: clinic.appointmentTypeId,
      startsAt,
    }),
  });
  const body = (await response.json()) as { nextFreeSlots?: unknown[] };
  return { status: response.status, alternatives: body.nextFreeSlots?.length ?? 0 };
};

/** Every front desk books at once: RACE_REQUESTS bookings spread over the first RACE_SLOTS starts of the clinic's day. */
export const raceForSlots = async (
  gatewayUrl: string,
  clinic: GatewayClinic,
  starts: string[],
): Promise<RaceOutcome> => {
  const answers = await Promise.all(
    Array.from({ length: RACE_REQUESTS }, (_, index) =>
      book(gatewayUrl, clinic, starts[index % starts.length], clinic.patientIds[index % clinic.patientIds.length]),
    ),
  );
  const booked = answers.filter((answer) => answer.status === 201).length;
  const refusedWithAlternatives = answers.filter((answer) => answer.status === 409 && answer.alternatives > 0).length;
  return { booked, refusedWithAlternatives, other: RACE_REQUESTS - booked - refusedWithAlternatives };
};

/** The start of every visit on the provider's day, as the front desk's day view lists them. */
export const bookedStartsOn = async (gatewayUrl: string, clinic: GatewayClinic, day: string): Promise<number[]> => {
  const query = new URLSearchParams({ date: day, timeZone: clinic.timeZone });
  const response = await fetch(`${gatewayUrl}/api/v1/schedules/providers/${clinic.providerId}?${query}`, {
    headers: { authorization: clinic.bearer },
  });
  const view = (await response.json()) as { appointments: Array<{ startsAt: string }> };
  return view.appointments.map((appointment) => Date.parse(appointment.startsAt));
};
