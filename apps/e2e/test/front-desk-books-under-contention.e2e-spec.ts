import { aClinicThroughTheGateway, BuiltService, BuiltSystem, GatewayClinic, startBuiltSystem } from '@praxis/testing';

const SLOTS = 10;
const REQUESTS = 200;

describe('front desks racing for the same slots, through the gateway', () => {
  let system: BuiltSystem;
  let gateway: BuiltService;
  let clinic: GatewayClinic;

  beforeAll(async () => {
    system = await startBuiltSystem();
    gateway = system.gateway;
    clinic = await aClinicThroughTheGateway(gateway.url);
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  const book = async (startsAt: string, patientId: string): Promise<number> => {
    const response = await fetch(`${gateway.url}/api/v1/appointments`, {
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
    await response.arrayBuffer();
    return response.status;
  };

  it(`lets exactly ${SLOTS} of ${REQUESTS} concurrent bookings through, and answers the rest 409`, async () => {
    const starts = clinic.slotStarts(SLOTS);
    const statuses = await Promise.all(
      Array.from({ length: REQUESTS }, (_, index) =>
        book(starts[index % SLOTS], clinic.patientIds[index % clinic.patientIds.length]),
      ),
    );
    const count = (status: number) => statuses.filter((candidate) => candidate === status).length;
    expect({ booked: count(201), refused: count(409), other: REQUESTS - count(201) - count(409) }).toEqual({
      booked: SLOTS,
      refused: REQUESTS - SLOTS,
      other: 0,
    });
    const day = starts[0].slice(0, 10);
    const view = await fetch(
      `${gateway.url}/api/v1/schedules/providers/${clinic.providerId}?date=${day}&timeZone=${clinic.timeZone}`,
      {
        headers: { authorization: clinic.bearer },
      },
    ).then((response) => response.json() as Promise<{ appointments: Array<{ startsAt: string }> }>);
    expect(view.appointments.map((appointment) => Date.parse(appointment.startsAt))).toEqual(
      starts.map((start) => Date.parse(start)),
    );
  });
});
