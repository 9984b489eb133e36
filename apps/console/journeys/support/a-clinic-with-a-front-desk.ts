import { randomUUID } from 'node:crypto';

/**
 * A clinic set up through the gateway as its admin would: a location in Chicago (or another zone when asked), two
 * providers working 09:00–12:00 every day, two visit types and a patient with a name no other test uses. Scheduling hears
 * of the location and the providers from identity over Kafka, so its steps wait until it has.
 */
export interface ClinicWithAFrontDesk {
  frontDesk: { id: string; email: string; password: string };
  adminBearer: string;
  location: { id: string; name: string; timeZone: string };
  providers: Array<{ id: string; name: string }>;
  officeVisitTypeId: string;
  patient: { id: string; listedAs: string };
  /** A day a week ahead on the location's clock, with every slot free. */
  day: string;
}

export const PASSWORD = 'correct horse battery staple';
const CHICAGO = 'America/Chicago';
const ADDRESS = { line1: '1 Elm St', city: 'Chicago', state: 'IL', postalCode: '60601' };

const luhnCheckDigit = (payload: string): number => {
  let sum = 0;
  [...payload].reverse().forEach((digit, index) => {
    const value = Number(digit) * (index % 2 === 0 ? 2 : 1);
    sum += value > 9 ? value - 9 : value;
  });
  return (10 - (sum % 10)) % 10;
};

/**
 * An NPI starts with 1 or 2 (CMS), which the sandbox clearinghouse checks as payers do, and its check digit is the Luhn
 * digit of 80840 followed by its first nine digits.
 */
const aValidNpi = (): string => {
  const stem = String(100_000_000 + Math.floor(Math.random() * 200_000_000));
  return `${stem}${luhnCheckDigit(`80840${stem}`)}`;
};

const unique = () => randomUUID().slice(0, 8);

export const call = async <T>(
  gatewayUrl: string,
  method: string,
  path: string,
  body?: unknown,
  bearer?: string,
): Promise<T> => {
  const response = await fetch(`${gatewayUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: bearer } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
};

export const eventually = async <T>(attempt: () => Promise<T>, timeoutMs = 30_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
};

/** A day on a zone's clock, as YYYY-MM-DD: today, or so many days from it. */
export const calendarDateIn = (timeZone: string, daysFromToday = 0): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + daysFromToday * 86_400_000),
  );

export const signInAs = async (gatewayUrl: string, email: string) =>
  `Bearer ${(await call<{ accessToken: string }>(gatewayUrl, 'POST', '/api/v1/auth/login', { email, password: PASSWORD })).accessToken}`;

/** A patient the admin registers under a surname no other test uses, with the name as the console lists it. */
export const aPatient = async (gatewayUrl: string, bearer: string, firstName: string, surnameStem: string) => {
  const lastName = `${surnameStem}${randomUUID().replace(/[\d-]/g, '').slice(0, 8)}`;
  const { id } = await call<{ id: string }>(
    gatewayUrl,
    'POST',
    '/api/v1/patients',
    {
      firstName,
      lastName,
      dateOfBirth: '1990-06-15',
      sex: 'unknown',
      address: ADDRESS,
      phone: '312-555-0100',
      confirmedNotDuplicate: true,
    },
    bearer,
  );
  return { id, listedAs: `${lastName}, ${firstName}` };
};

const aProvider = async (gatewayUrl: string, bearer: string, locationId: string, name: string) => {
  const staff = await call<{ id: string }>(
    gatewayUrl,
    'POST',
    '/api/v1/staff',
    { email: `provider.${unique()}@clinic.test`, displayName: name, roles: ['provider'], password: PASSWORD },
    bearer,
  );
  const provider = await eventually(() =>
    call<{ id: string }>(
      gatewayUrl,
      'POST',
      '/api/v1/providers',
      { userId: staff.id, npi: aValidNpi(), taxonomyCode: '207Q00000X', displayName: name },
      bearer,
    ),
  );
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '12:00' }));
  await eventually(() =>
    call(
      gatewayUrl,
      'PUT',
      `/api/v1/availability/providers/${provider.id}/locations/${locationId}/working-hours`,
      { hours },
      bearer,
    ),
  );
  return { id: provider.id, name };
};

export const aClinicWithAFrontDesk = async (
  gatewayUrl: string,
  { timeZone = CHICAGO }: { timeZone?: string } = {},
): Promise<ClinicWithAFrontDesk> => {
  const admin = { email: `admin.${unique()}@clinic.test`, displayName: 'Avery Admin', password: PASSWORD };
  const clinic = {
    legalName: `Lakeside Family Practice ${unique()}`,
    npi: aValidNpi(),
    tin: '123456789',
    address: ADDRESS,
    timeZone,
  };
  await call(gatewayUrl, 'POST', '/api/v1/clinics', { clinic, admin });
  const adminBearer = await signInAs(gatewayUrl, admin.email);
  const credentials = { email: `front-desk.${unique()}@clinic.test`, password: PASSWORD };
  const { id } = await call<{ id: string }>(
    gatewayUrl,
    'POST',
    '/api/v1/staff',
    { ...credentials, displayName: 'Frankie Desk', roles: ['front_desk'] },
    adminBearer,
  );
  const frontDesk = { id, ...credentials };
  const location = await call<{ id: string; name: string }>(
    gatewayUrl,
    'POST',
    '/api/v1/locations',
    { name: 'Lakeside Downtown', timeZone, address: ADDRESS },
    adminBearer,
  );
  const providers = [
    await aProvider(gatewayUrl, adminBearer, location.id, 'Dr Ada Okafor'),
    await aProvider(gatewayUrl, adminBearer, location.id, 'Dr Ben Castillo'),
  ];
  const officeVisit = await call<{ id: string }>(
    gatewayUrl,
    'POST',
    '/api/v1/appointment-types',
    { name: 'Office visit', durationMinutes: 15 },
    adminBearer,
  );
  await call(
    gatewayUrl,
    'POST',
    '/api/v1/appointment-types',
    { name: 'New patient visit', durationMinutes: 45 },
    adminBearer,
  );
  const patient = await aPatient(gatewayUrl, adminBearer, 'Sam', 'Walkin');
  return {
    frontDesk,
    adminBearer,
    location: { id: location.id, name: location.name, timeZone },
    providers,
    officeVisitTypeId: officeVisit.id,
    patient,
    day: calendarDateIn(timeZone, 7),
  };
};

export interface FreeStart {
  startsAt: string;
  /** The start on the location's clock, as `09:30`. */
  localTime: string;
}

interface OfficeVisit {
  providerId: string;
  patientId: string;
  day: string;
  /** Which of the provider's free starts that day to book: the first one this accepts. */
  at(start: FreeStart): boolean;
}

/** An office visit the admin books at the clinic's location, as another desk would while the journey goes on; its id. */
export const anOfficeVisit = async (
  gatewayUrl: string,
  clinic: ClinicWithAFrontDesk,
  { providerId, patientId, day, at }: OfficeVisit,
): Promise<string> => {
  const where = { appointmentTypeId: clinic.officeVisitTypeId, locationId: clinic.location.id, providerId };
  const query = new URLSearchParams({ ...where, from: day, to: day });
  const starts = await call<FreeStart[]>(gatewayUrl, 'GET', `/api/v1/slots?${query}`, undefined, clinic.adminBearer);
  const start = starts.find(at);
  if (!start) throw new Error(`no free start on ${day} fits the visit`);
  const visit = await call<{ id: string }>(
    gatewayUrl,
    'POST',
    '/api/v1/appointments',
    { ...where, patientId, startsAt: start.startsAt },
    clinic.adminBearer,
  );
  return visit.id;
};
