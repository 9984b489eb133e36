import {
  aClinicSignUp,
  aStaffMember,
  A_STRONG_PASSWORD,
  internalHeaders,
  RunningService,
  startService,
} from '@praxis/testing';
import request from 'supertest';
import { IDENTITY_SERVICE, IdentityModule } from '../src/identity.module';
import { identityTestConfig } from './identity-test-config';
import { PasswordHasher } from '../src/staff/password-hasher';

/** Timing is what leaks, and timing is too noisy to assert: each refusal is shown to pay for one full password verification. */
describe('login refuses unknown, deactivated and locked accounts only after verifying a password', () => {
  let identity: RunningService;
  let verifications: jest.SpyInstance;

  beforeAll(async () => {
    identity = await startService(IdentityModule.register(identityTestConfig()), { serviceName: IDENTITY_SERVICE });
    verifications = jest.spyOn(identity.app.get(PasswordHasher), 'matches');
  });
  afterAll(() => identity.close());
  beforeEach(() => verifications.mockClear());

  const signUp = async () => {
    const form = aClinicSignUp();
    const response = await request(identity.url)
      .post('/api/v1/clinics')
      .set(await internalHeaders())
      .send(form)
      .expect(201);
    return {
      email: form.admin.email,
      clinicId: response.body.clinicId as string,
      adminUserId: response.body.adminUserId as string,
    };
  };
  const login = async (email: string, password: string, expectedStatus: number) =>
    request(identity.url)
      .post('/api/v1/auth/login')
      .set(await internalHeaders())
      .send({ email, password })
      .expect(expectedStatus);
  const verifiedOnce = () => expect(verifications).toHaveBeenCalledTimes(1);

  it('verifies the password against a stand-in hash when the email belongs to nobody', async () => {
    await login(`nobody-${Date.now()}@example.test`, A_STRONG_PASSWORD, 401);
    verifiedOnce();
    await expect(verifications.mock.results[0].value).resolves.toBe(false);
  });

  it('verifies the password of a deactivated account before refusing it', async () => {
    const { clinicId, adminUserId } = await signUp();
    const admin = await internalHeaders({ tenantId: clinicId, userId: adminUserId, roles: ['admin'] });
    const leaver = aStaffMember(['front_desk']);
    const created = await request(identity.url).post('/api/v1/staff').set(admin).send(leaver).expect(201);
    await request(identity.url)
      .patch(`/api/v1/staff/${created.body.id}`)
      .set(admin)
      .send({ active: false })
      .expect(200);
    verifications.mockClear();
    await login(leaver.email, leaver.password, 401);
    verifiedOnce();
  });

  it('verifies the password of a locked account before answering 423', async () => {
    const { email } = await signUp();
    for (let attempt = 0; attempt < 5; attempt += 1) await login(email, 'wrong password!', 401);
    verifications.mockClear();
    await login(email, 'wrong password!', 423);
    verifiedOnce();
  });
});
