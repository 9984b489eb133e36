import { verifyAccessToken } from '@praxis/auth';
import { aClinicSignUp, TEST_ACCESS_SECRET, UseCaseHarness } from '@praxis/testing';
import { logIn, startIdentityUseCases } from '../../../test/identity-use-cases';
import { EmailTakenError } from '../../staff/staff-directory';
import { SignUpClinic } from './sign-up-clinic.usecase';

describe('signing up a clinic', () => {
  let harness: UseCaseHarness;
  let sut: SignUpClinic;

  beforeAll(async () => {
    harness = await startIdentityUseCases();
    sut = harness.get(SignUpClinic);
  });
  afterAll(() => harness.close());

  it('opens the clinic with its first admin, who can log in to it', async () => {
    const form = aClinicSignUp();
    const { clinicId, adminUserId } = await sut.execute({ now: harness.clock.now(), ...form });
    const session = await logIn(harness, form.admin.email);
    const claims = await verifyAccessToken(session.accessToken, TEST_ACCESS_SECRET);
    expect(claims).toMatchObject({ tenantId: clinicId, userId: adminUserId, roles: ['admin'] });
  });

  it('refuses an admin email that already signs in elsewhere, and that account still reaches its own clinic', async () => {
    const first = aClinicSignUp();
    const { clinicId } = await sut.execute({ now: harness.clock.now(), ...first });
    const duplicate = aClinicSignUp();
    duplicate.admin.email = first.admin.email.toUpperCase();
    await expect(sut.execute({ now: harness.clock.now(), ...duplicate })).rejects.toBeInstanceOf(EmailTakenError);
    const session = await logIn(harness, first.admin.email);
    expect(await verifyAccessToken(session.accessToken, TEST_ACCESS_SECRET)).toMatchObject({ tenantId: clinicId });
  });
});
