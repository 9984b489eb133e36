import { Topic } from '@praxis/contracts';
import { randomUUID } from 'node:crypto';
import {
  aCoverage,
  eventually,
  aPatient,
  aSpouseCoverage,
  CoverageRecord,
  listenToTopic,
  RunningService,
  sharedInfrastructure,
  TopicListener,
} from '@praxis/testing';
import { Client } from 'pg';
import request from 'supertest';
import { aNewClinic, startScheduling, TestClinic } from './scheduling-harness';

describe('front desk records a patient’s insurance coverage (scheduling service)', () => {
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

  const aRegisteredPatient = async (clinic: TestClinic): Promise<string> => {
    const response = await request(scheduling.url)
      .post('/api/v1/patients')
      .set(await clinic.as('front_desk'))
      .send(aPatient())
      .expect(201);
    return response.body.id;
  };
  const coveragesUrl = (patientId: string) => `/api/v1/patients/${patientId}/coverages`;
  const record = async (
    clinic: TestClinic,
    patientId: string,
    coverage: CoverageRecord | Record<string, unknown>,
    expectedStatus = 201,
  ) =>
    request(scheduling.url)
      .post(coveragesUrl(patientId))
      .set(await clinic.as('front_desk'))
      .send(coverage)
      .expect(expectedStatus);
  const listCoverages = async (clinic: TestClinic, patientId: string) =>
    (
      await request(scheduling.url)
        .get(coveragesUrl(patientId))
        .set(await clinic.as('front_desk'))
        .expect(200)
    ).body as Array<{ id: string }>;
  const fieldsOf = (response: request.Response): string[] =>
    response.body.errors.map((error: { field: string }) => error.field);

  it('records the patient’s own coverage without repeating their name, and a spouse’s plan as secondary', async () => {
    const clinic = aNewClinic();
    const patientId = await aRegisteredPatient(clinic);
    const own = await record(clinic, patientId, aCoverage());
    expect(own.body).toMatchObject({
      patientId,
      payerId: '60054',
      payerName: 'Aetna',
      memberId: 'W123456789',
      groupNumber: 'GRP-0042',
      subscriber: { relationship: 'self' },
      rank: 'primary',
      effectiveFrom: '2025-01-01',
      effectiveTo: null,
    });
    const spouse = await record(clinic, patientId, aSpouseCoverage());
    expect(spouse.body.subscriber).toEqual({
      relationship: 'spouse',
      firstName: 'Daniel',
      lastName: 'Rivera',
      dateOfBirth: '1982-03-14',
    });
    expect((await listCoverages(clinic, patientId)).map((coverage) => coverage.id)).toEqual([
      own.body.id,
      spouse.body.id,
    ]);
  });

  it('asks for the subscriber’s name and date of birth when the patient is not the subscriber', async () => {
    const clinic = aNewClinic();
    const patientId = await aRegisteredPatient(clinic);
    const response = await record(
      clinic,
      patientId,
      aCoverage({ subscriber: { relationship: 'child', firstName: 'Leo' } }),
      400,
    );
    expect(fieldsOf(response)).toEqual(expect.arrayContaining(['subscriber.lastName', 'subscriber.dateOfBirth']));
    expect(await listCoverages(clinic, patientId)).toEqual([]);
  });

  it.each([
    ['an end before its start', { effectiveFrom: '2025-06-01', effectiveTo: '2025-05-31' }, 'effectiveTo'],
    ['an impossible start date', { effectiveFrom: '2025-02-29' }, 'effectiveFrom'],
    ['a one-character payer id', { payerId: 'A' }, 'payerId'],
    ['an unknown rank', { rank: 'quaternary' }, 'rank'],
    ['an unknown relationship', { subscriber: { relationship: 'cousin' } }, 'subscriber.relationship'],
    ['an unknown field', { copay: 20 }, 'copay'],
  ])('refuses %s with 400 problem+json naming the field, writing nothing', async (_case, change, field) => {
    const clinic = aNewClinic();
    const patientId = await aRegisteredPatient(clinic);
    const response = await record(clinic, patientId, { ...aCoverage(), ...change }, 400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fieldsOf(response)).toContain(field);
    expect(await listCoverages(clinic, patientId)).toEqual([]);
  });

  it('refuses a second primary coverage for overlapping dates with 409 naming the conflict, until the first one ends', async () => {
    const clinic = aNewClinic();
    const patientId = await aRegisteredPatient(clinic);
    const { body: first } = await record(clinic, patientId, aCoverage({ effectiveFrom: '2025-01-01' }));
    const newPlan = aCoverage({ payerId: '62308', payerName: 'Cigna', memberId: 'C555', effectiveFrom: '2025-07-01' });
    const conflict = await record(clinic, patientId, newPlan, 409);
    expect(conflict.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(conflict.body.conflictingCoverage).toMatchObject({
      id: first.id,
      rank: 'primary',
      effectiveFrom: '2025-01-01',
      effectiveTo: null,
    });
    const headers = await clinic.as('front_desk');
    await request(scheduling.url)
      .post(`${coveragesUrl(patientId)}/${first.id}/end`)
      .set(headers)
      .send({ effectiveTo: '2025-07-01' })
      .expect(200);
    await record(clinic, patientId, newPlan, 409);
    const ended = await request(scheduling.url)
      .post(`${coveragesUrl(patientId)}/${first.id}/end`)
      .set(headers)
      .send({ effectiveTo: '2025-06-30' })
      .expect(200);
    expect(ended.body.effectiveTo).toBe('2025-06-30');
    const { body: second } = await record(clinic, patientId, newPlan);
    expect((await listCoverages(clinic, patientId)).map((coverage) => coverage.id)).toEqual([first.id, second.id]);
  });

  it('updates a coverage, refusing a change that would overlap another of the same rank or end it before it starts', async () => {
    const clinic = aNewClinic();
    const patientId = await aRegisteredPatient(clinic);
    const headers = await clinic.as('front_desk');
    const { body: old } = await record(
      clinic,
      patientId,
      aCoverage({ effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31' }),
    );
    const { body: current } = await record(clinic, patientId, aCoverage({ effectiveFrom: '2025-01-01' }));
    const url = `${coveragesUrl(patientId)}/${current.id}`;
    const updated = await request(scheduling.url)
      .patch(url)
      .set(headers)
      .send({ memberId: 'W000000001', groupNumber: null })
      .expect(200);
    expect(updated.body).toMatchObject({ memberId: 'W000000001', groupNumber: null, effectiveFrom: '2025-01-01' });
    const overlap = await request(scheduling.url)
      .patch(url)
      .set(headers)
      .send({ effectiveFrom: '2024-12-01' })
      .expect(409);
    expect(overlap.body.conflictingCoverage.id).toBe(old.id);
    const backwards = await request(scheduling.url)
      .post(`${coveragesUrl(patientId)}/${old.id}/end`)
      .set(headers)
      .send({ effectiveTo: '2023-12-31' })
      .expect(400);
    expect(fieldsOf(backwards)).toEqual(['effectiveTo']);
    await request(scheduling.url).patch(url).set(headers).send({ rank: null }).expect(400);
    expect(await listCoverages(clinic, patientId)).toEqual([
      old,
      expect.objectContaining({ memberId: 'W000000001', effectiveFrom: '2025-01-01' }),
    ]);
  });

  it('announces each change with the patient’s whole coverage list, and nothing for a refused one', async () => {
    const clinic = aNewClinic();
    const patientId = await aRegisteredPatient(clinic);
    const { body: primary } = await record(clinic, patientId, aCoverage());
    await record(clinic, patientId, aCoverage({ payerName: 'Cigna' }), 409);
    const { body: secondary } = await record(clinic, patientId, aSpouseCoverage());
    // Registration announces v2 and v3 after patient.registered; each recorded coverage v1, v2 and v3.
    await events.eventsOf(clinic.tenantId, 9);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const published = (await events.eventsOf(clinic.tenantId, 9)).filter(
      (event) => event.type === 'coverage.updated' && event.version === 1,
    );
    expect(published.map((event) => event.aggregateId)).toEqual([patientId, patientId]);
    expect(published[1].payload).toEqual({
      patientId,
      coverages: [
        {
          coverageId: primary.id,
          payerId: '60054',
          payerName: 'Aetna',
          memberId: 'W123456789',
          groupNumber: 'GRP-0042',
          rank: 'primary',
          subscriberRelationship: 'self',
          effectiveFrom: '2025-01-01',
          effectiveTo: null,
        },
        expect.objectContaining({ coverageId: secondary.id, rank: 'secondary', subscriberRelationship: 'spouse' }),
      ],
    });
  });

  it('announces alongside (v2) the patient and each subscriber as a claim names them, again when the patient moves', async () => {
    const clinic = aNewClinic();
    const patientId = await aRegisteredPatient(clinic);
    const spouseAddress = { line1: '9 Elm St', city: 'Evanston', state: 'IL', postalCode: '60201' };
    const spouse = aSpouseCoverage();
    await record(clinic, patientId, aCoverage());
    await record(clinic, patientId, {
      ...spouse,
      subscriber: { ...spouse.subscriber, sex: 'male', address: spouseAddress },
    });
    const moved = { line1: '1 River Rd', city: 'Chicago', state: 'IL', postalCode: '60605-2201' };
    await request(scheduling.url)
      .patch(`/api/v1/patients/${patientId}`)
      .set(await clinic.as('front_desk'))
      .send({ address: moved })
      .expect(200);

    const insured = await eventually(async () => {
      const v2 = (await events.eventsOf(clinic.tenantId, 1)).filter(
        (event) => event.type === 'coverage.updated' && event.version === 2,
      );
      expect(v2).toHaveLength(4);
      return v2.map(({ payload }) => payload);
    });
    const patient = aPatient();
    expect(insured[3]).toMatchObject({
      patientId,
      patient: {
        firstName: 'Maria',
        dateOfBirth: patient.dateOfBirth,
        sex: 'female',
        address: { ...moved, line2: null },
      },
      coverages: [
        {
          payerId: '60054',
          subscriber: { relationship: 'self', firstName: 'Maria', sex: 'female', address: { ...moved, line2: null } },
        },
        {
          payerId: '87726',
          subscriber: {
            relationship: 'spouse',
            firstName: 'Daniel',
            lastName: 'Rivera',
            dateOfBirth: '1982-03-14',
            sex: 'male',
            address: { ...spouseAddress, line2: null },
          },
        },
      ],
    });
  });

  it('announces a tertiary coverage in v3 only, as v1 and v2 know two ranks', async () => {
    const clinic = aNewClinic();
    const patientId = await aRegisteredPatient(clinic);
    await record(clinic, patientId, aCoverage());
    await record(clinic, patientId, aSpouseCoverage());
    const { body: tertiary } = await record(
      clinic,
      patientId,
      aCoverage({ payerId: 'SKIL0', payerName: 'Illinois Medicaid', memberId: 'M445566', rank: 'tertiary' }),
    );
    expect(tertiary).toMatchObject({ rank: 'tertiary', payerName: 'Illinois Medicaid' });

    const lastOfEachVersion = await eventually(async () => {
      const announced = (await events.eventsOf(clinic.tenantId, 1)).filter(({ type }) => type === 'coverage.updated');
      expect(announced.filter(({ version }) => version === 3)).toHaveLength(4);
      return [1, 2, 3].map((version) => announced.filter((event) => event.version === version).at(-1));
    });
    const ranksIn = (event?: { payload: unknown }) =>
      (event?.payload as { coverages: Array<{ rank: string }> }).coverages.map(({ rank }) => rank);
    expect(lastOfEachVersion.map(ranksIn)).toEqual([
      ['primary', 'secondary'],
      ['primary', 'secondary'],
      ['primary', 'secondary', 'tertiary'],
    ]);
  });

  it('hides one clinic’s patient coverage from another: 404 on every coverage route', async () => {
    const lakeside = aNewClinic();
    const riverside = aNewClinic();
    const patientId = await aRegisteredPatient(lakeside);
    const { body: coverage } = await record(lakeside, patientId, aCoverage());
    const intruder = await riverside.as('front_desk');
    await request(scheduling.url).get(coveragesUrl(patientId)).set(intruder).expect(404);
    await request(scheduling.url)
      .post(coveragesUrl(patientId))
      .set(intruder)
      .send(aCoverage({ rank: 'secondary' }))
      .expect(404);
    await request(scheduling.url)
      .patch(`${coveragesUrl(patientId)}/${coverage.id}`)
      .set(intruder)
      .send({ memberId: 'X1' })
      .expect(404);
    await request(scheduling.url)
      .post(`${coveragesUrl(patientId)}/${coverage.id}/end`)
      .set(intruder)
      .send({ effectiveTo: '2025-12-31' })
      .expect(404);
    expect(await listCoverages(lakeside, patientId)).toEqual([coverage]);
  });

  it('lets a billing clerk read coverage but not record or change it', async () => {
    const clinic = aNewClinic();
    const patientId = await aRegisteredPatient(clinic);
    const { body: coverage } = await record(clinic, patientId, aCoverage());
    const clerk = await clinic.as('billing_clerk');
    await request(scheduling.url).get(coveragesUrl(patientId)).set(clerk).expect(200);
    await request(scheduling.url).post(coveragesUrl(patientId)).set(clerk).send(aSpouseCoverage()).expect(403);
    await request(scheduling.url)
      .patch(`${coveragesUrl(patientId)}/${coverage.id}`)
      .set(clerk)
      .send({ memberId: 'X1' })
      .expect(403);
    await request(scheduling.url)
      .post(`${coveragesUrl(patientId)}/${coverage.id}/end`)
      .set(clerk)
      .send({ effectiveTo: '2025-12-31' })
      .expect(403);
  });

  it('is kept from overlapping by the database itself, not only by the service', async () => {
    const clinic = aNewClinic();
    const patientId = await aRegisteredPatient(clinic);
    await record(clinic, patientId, aCoverage({ effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' }));
    const owner = new Client({ connectionString: sharedInfrastructure().databases.scheduling.MIGRATION_DATABASE_URL });
    await owner.connect();
    try {
      await owner.query('BEGIN');
      await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [clinic.tenantId]);
      const overlapping = owner.query(
        `INSERT INTO coverages (id, tenant_id, patient_id, payer_id, payer_name, member_id, subscriber, rank, effective_from)
         VALUES ($1, $2, $3, '62308', 'Cigna', 'C1', '{"relationship":"self"}', 'primary', '2025-12-31')`,
        [randomUUID(), clinic.tenantId, patientId],
      );
      await expect(overlapping).rejects.toThrow(/coverages_one_per_rank_at_a_time/);
    } finally {
      await owner.query('ROLLBACK');
      await owner.end();
    }
  });
});
