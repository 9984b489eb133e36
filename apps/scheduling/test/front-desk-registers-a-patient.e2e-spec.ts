import { Topic } from '@praxis/contracts';
import { aPatient, aUniqueLastName, listenToTopic, RunningService, TopicListener } from '@praxis/testing';
import request from 'supertest';
import { aNewClinic, startScheduling, TestClinic } from './scheduling-harness';

describe('front desk registers, finds and edits patients (scheduling service)', () => {
  let scheduling: RunningService;
  let events: TopicListener;

  beforeAll(async () => {
    scheduling = await startScheduling();
    events = await listenToTopic(Topic.SchedulingPatients);
  });
  afterAll(async () => {
    await events?.stop();
    await scheduling?.close();
  });

  const register = async (clinic: TestClinic, patient = aPatient(), expectedStatus = 201) =>
    request(scheduling.url)
      .post('/api/v1/patients')
      .set(await clinic.as('front_desk'))
      .send(patient)
      .expect(expectedStatus);
  const search = async (clinic: TestClinic, criteria: Record<string, unknown> = {}) =>
    request(scheduling.url)
      .post('/api/v1/patients/search')
      .set(await clinic.as('front_desk'))
      .send(criteria)
      .expect(200);
  const idsOf = (response: request.Response): string[] =>
    response.body.items.map((patient: { id: string }) => patient.id);

  it('registers a patient, storing the phone number in E.164, and reads the record back', async () => {
    const clinic = aNewClinic();
    const form = aPatient({ middleName: 'Luisa', phone: '(312) 555-0142' });
    const registered = await register(clinic, form);
    expect(registered.body).toMatchObject({
      firstName: 'Maria',
      middleName: 'Luisa',
      lastName: form.lastName,
      dateOfBirth: '1984-07-21',
      sex: 'female',
      address: form.address,
      phone: '+13125550142',
      email: 'maria@example.test',
    });
    const fetched = await request(scheduling.url)
      .get(`/api/v1/patients/${registered.body.id}`)
      .set(await clinic.as('front_desk'))
      .expect(200);
    expect(fetched.body).toEqual(registered.body);
  });

  it('edits demographics, clearing optional fields with null and rejecting unknown fields without changing anything', async () => {
    const clinic = aNewClinic();
    const { body: patient } = await register(clinic, aPatient({ middleName: 'Luisa' }));
    const headers = await clinic.as('front_desk');
    const newAddress = { line1: '9 Elm St', city: 'Evanston', state: 'IL', postalCode: '60201' };
    const edited = await request(scheduling.url)
      .patch(`/api/v1/patients/${patient.id}`)
      .set(headers)
      .send({ phone: '847-555-0199', address: newAddress, middleName: null })
      .expect(200);
    expect(edited.body).toMatchObject({
      phone: '+18475550199',
      address: newAddress,
      middleName: null,
      firstName: 'Maria',
      lastName: patient.lastName,
    });
    const refused = await request(scheduling.url)
      .patch(`/api/v1/patients/${patient.id}`)
      .set(headers)
      .send({ firstName: 'Mary', nickname: 'Mimi' })
      .expect(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'nickname' })]));
    const nulled = await request(scheduling.url)
      .patch(`/api/v1/patients/${patient.id}`)
      .set(headers)
      .send({ lastName: null })
      .expect(400);
    expect(new Set(nulled.body.errors.map((error: { field: string }) => error.field))).toEqual(new Set(['lastName']));
    const current = await request(scheduling.url).get(`/api/v1/patients/${patient.id}`).set(headers).expect(200);
    expect(current.body).toMatchObject({ firstName: 'Maria', lastName: patient.lastName, phone: '+18475550199' });
    const marriedName = aUniqueLastName('Okonkwo');
    await request(scheduling.url)
      .patch(`/api/v1/patients/${patient.id}`)
      .set(headers)
      .send({ lastName: marriedName })
      .expect(200);
    expect(idsOf(await search(clinic, { lastName: marriedName.toLowerCase() }))).toEqual([patient.id]);
    expect(idsOf(await search(clinic, { lastName: patient.lastName }))).toEqual([]);
  });

  it('finds patients by last-name and first-name prefix (any case), by date of birth and by phone in any format', async () => {
    const clinic = aNewClinic();
    const lastName = aUniqueLastName('Okafor');
    const { body: ada } = await register(
      clinic,
      aPatient({ firstName: 'Ada', lastName, dateOfBirth: '1990-05-01', phone: '312-555-0101' }),
    );
    const { body: adam } = await register(
      clinic,
      aPatient({ firstName: 'Adam', lastName, dateOfBirth: '1992-11-30', phone: '312-555-0102' }),
    );
    const { body: other } = await register(
      clinic,
      aPatient({ firstName: 'Ben', lastName: 'Stone', dateOfBirth: '1990-05-01', phone: '312-555-0103' }),
    );
    expect(idsOf(await search(clinic, { lastName: lastName.slice(0, 5).toUpperCase() }))).toEqual([ada.id, adam.id]);
    expect(idsOf(await search(clinic, { lastName: lastName.toLowerCase(), firstName: 'ADAM' }))).toEqual([adam.id]);
    expect(idsOf(await search(clinic, { firstName: 'ad' }))).toEqual([ada.id, adam.id]);
    expect(idsOf(await search(clinic, { dateOfBirth: '1990-05-01' }))).toEqual([ada.id, other.id]);
    expect(idsOf(await search(clinic, { phone: '+1 (312) 555-0102' }))).toEqual([adam.id]);
    expect(idsOf(await search(clinic, { lastName: 'Sto', dateOfBirth: '1992-11-30' }))).toEqual([]);
    expect(idsOf(await search(clinic, { lastName: '%' }))).toEqual([]);
  });

  it('ignores accents in names, both when searching and when looking for duplicates', async () => {
    const clinic = aNewClinic();
    const lastName = `Núñez-${aUniqueLastName()}`;
    const { body: jose } = await register(clinic, aPatient({ firstName: 'José', lastName }));
    expect(idsOf(await search(clinic, { firstName: 'jose', lastName: 'NUNEZ' }))).toEqual([jose.id]);
    const plainSpelling = await register(
      clinic,
      aPatient({ firstName: 'Jose', lastName: lastName.replace('Núñez', 'Nunez') }),
      409,
    );
    expect(plainSpelling.body.possibleDuplicates).toEqual([jose.id]);
  });

  it('lists every patient page by page when no criterion is given', async () => {
    const clinic = aNewClinic();
    const registered: string[] = [];
    for (const firstName of ['Ana', 'Bo', 'Cy'])
      registered.push((await register(clinic, aPatient({ firstName }))).body.id);
    const first = await search(clinic, { limit: 2 });
    expect(idsOf(first)).toEqual(registered.slice(0, 2));
    const second = await search(clinic, { limit: 2, cursor: first.body.nextCursor });
    expect(idsOf(second)).toEqual(registered.slice(2));
    expect(second.body.nextCursor).toBeNull();
    const listed = await request(scheduling.url)
      .get('/api/v1/patients?limit=3')
      .set(await clinic.as('billing_clerk'))
      .expect(200);
    expect(idsOf(listed)).toEqual(registered);
  });

  it('never merges patients silently: a same name and birth date is a 409 naming the possible duplicate, until confirmed', async () => {
    const clinic = aNewClinic();
    const form = aPatient();
    const { body: existing } = await register(clinic, form);
    const twin = { ...form, firstName: ` ${form.firstName.toUpperCase()} `, phone: '312-555-0177' };
    const refused = await register(clinic, twin, 409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.possibleDuplicates).toEqual([existing.id]);
    expect(idsOf(await search(clinic, { lastName: form.lastName }))).toEqual([existing.id]);
    const confirmed = await register(clinic, { ...twin, confirmedNotDuplicate: true });
    expect(idsOf(await search(clinic, { lastName: form.lastName }))).toEqual([existing.id, confirmed.body.id]);
  });

  it.each([
    ['an impossible date of birth', { dateOfBirth: '2023-02-30' }, 'dateOfBirth'],
    ['a date of birth in the future', { dateOfBirth: '2999-01-01' }, 'dateOfBirth'],
    ['a date of birth before 1900', { dateOfBirth: '1899-12-31' }, 'dateOfBirth'],
    ['a phone number that is not a US number', { phone: '555-123' }, 'phone'],
    ['an unknown sex', { sex: 'f' }, 'sex'],
    ['a first name of the wrong type', { firstName: 42 }, 'firstName'],
    ['a missing last name', { lastName: undefined }, 'lastName'],
    ['an unknown field', { nickname: 'Mimi' }, 'nickname'],
    ['a bad email', { email: 'maria-at-example' }, 'email'],
  ])('refuses %s with 400 problem+json naming the field, writing nothing', async (_case, change, field) => {
    const clinic = aNewClinic();
    const response = await register(clinic, { ...aPatient(), ...change } as ReturnType<typeof aPatient>, 400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(idsOf(await search(clinic))).toEqual([]);
  });

  it('refuses a bad address field by its full path', async () => {
    const clinic = aNewClinic();
    const form = aPatient();
    const response = await register(
      clinic,
      { ...form, address: { ...form.address, state: 'ZZ', postalCode: '6061' } },
      400,
    );
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['address.state', 'address.postalCode']),
    );
    expect(idsOf(await search(clinic))).toEqual([]);
  });

  it('refuses search criteria it cannot use instead of ignoring them', async () => {
    const clinic = aNewClinic();
    const headers = await clinic.as('front_desk');
    const bad = await request(scheduling.url)
      .post('/api/v1/patients/search')
      .set(headers)
      .send({ dateOfBirth: '1990-13-01', surname: 'x' })
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['dateOfBirth', 'surname']),
    );
    await request(scheduling.url)
      .post('/api/v1/patients/search')
      .set(headers)
      .send({ cursor: 'not-a-cursor' })
      .expect(400);
    const forged = Buffer.from(JSON.stringify({ createdAt: 'yesterday', id: 'patient-1' })).toString('base64url');
    const refused = await request(scheduling.url)
      .post('/api/v1/patients/search')
      .set(headers)
      .send({ lastName: 'Smith', cursor: forged })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    await request(scheduling.url).get('/api/v1/patients?lastName=Smith').set(headers).expect(400);
  });

  it('hides one clinic’s patients from another: 404 on read and edit, absent from its search', async () => {
    const lakeside = aNewClinic();
    const riverside = aNewClinic();
    const { body: patient } = await register(lakeside);
    const intruder = await riverside.as('front_desk');
    await request(scheduling.url).get(`/api/v1/patients/${patient.id}`).set(intruder).expect(404);
    await request(scheduling.url)
      .patch(`/api/v1/patients/${patient.id}`)
      .set(intruder)
      .send({ firstName: 'Eve' })
      .expect(404);
    expect(idsOf(await search(riverside, { lastName: patient.lastName }))).toEqual([]);
    expect(idsOf(await search(riverside))).toEqual([]);
    const untouched = await request(scheduling.url)
      .get(`/api/v1/patients/${patient.id}`)
      .set(await lakeside.as('front_desk'))
      .expect(200);
    expect(untouched.body.firstName).toBe('Maria');
  });

  it('lets a billing clerk look patients up but not register or edit them', async () => {
    const clinic = aNewClinic();
    const { body: patient } = await register(clinic);
    const clerk = await clinic.as('billing_clerk');
    await request(scheduling.url).get(`/api/v1/patients/${patient.id}`).set(clerk).expect(200);
    await request(scheduling.url)
      .post('/api/v1/patients/search')
      .set(clerk)
      .send({ lastName: patient.lastName })
      .expect(200);
    await request(scheduling.url).post('/api/v1/patients').set(clerk).send(aPatient()).expect(403);
    await request(scheduling.url)
      .patch(`/api/v1/patients/${patient.id}`)
      .set(clerk)
      .send({ firstName: 'Eve' })
      .expect(403);
    await request(scheduling.url).get('/api/v1/patients').expect(401);
  });

  it('announces registrations and edits on scheduling.patients with the mailing address, and nothing for a refused duplicate', async () => {
    const clinic = aNewClinic();
    const form = aPatient();
    const { body: patient } = await register(clinic, form);
    await register(clinic, form, 409);
    await request(scheduling.url)
      .patch(`/api/v1/patients/${patient.id}`)
      .set(await clinic.as('front_desk'))
      .send({ sex: 'other' })
      .expect(200);
    await events.eventsOf(clinic.tenantId, 6);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const published = await events.eventsOf(clinic.tenantId, 6);
    const demographics = { firstName: 'Maria', lastName: form.lastName, dateOfBirth: '1984-07-21' };
    // Registration and each edit state the patient as statements and claims address them, beside the (empty) coverages.
    const restated = (sex: string) =>
      [2, 3].map((version) =>
        expect.objectContaining({
          type: 'coverage.updated',
          version,
          aggregateId: patient.id,
          payload: {
            patientId: patient.id,
            patient: { ...demographics, sex, address: form.address },
            coverages: [],
          },
        }),
      );
    expect(published).toEqual([
      expect.objectContaining({
        type: 'patient.registered',
        version: 1,
        aggregateId: patient.id,
        payload: { patientId: patient.id, ...demographics, sex: 'female' },
      }),
      ...restated('female'),
      expect.objectContaining({
        type: 'patient.updated',
        version: 1,
        aggregateId: patient.id,
        payload: { patientId: patient.id, ...demographics, sex: 'other' },
      }),
      ...restated('other'),
    ]);
  });
});
