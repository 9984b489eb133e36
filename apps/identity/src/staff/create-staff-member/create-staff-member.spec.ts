import { verifyAccessToken } from '@praxis/auth';
import { TEST_ACCESS_SECRET, UseCaseHarness } from '@praxis/testing';
import { aNewStaffMember, logIn, signUpAClinic, startIdentityUseCases } from '../../../test/identity-use-cases';
import { EmailTakenError } from '../staff-directory';
import { CreateStaffMember } from './create-staff-member.usecase';

describe('creating a staff member', () => {
  let harness: UseCaseHarness;
  let sut: CreateStaffMember;

  beforeAll(async () => {
    harness = await startIdentityUseCases();
    sut = harness.get(CreateStaffMember);
  });
  afterAll(() => harness.close());

  it('gives the newcomer an account that logs in to the clinic with the roles the admin chose', async () => {
    const { admin } = await signUpAClinic(harness);
    const newcomer = aNewStaffMember('front_desk');
    const created = await harness.as(admin, () => sut.execute({ ...harness.commandFor(admin), member: newcomer }));
    expect(created).toMatchObject({ email: newcomer.email, roles: ['front_desk'], active: true });
    const session = await logIn(harness, newcomer.email);
    const claims = await verifyAccessToken(session.accessToken, TEST_ACCESS_SECRET);
    expect(claims).toMatchObject({ tenantId: admin.tenantId, userId: created.id, roles: ['front_desk'] });
  });

  it('refuses an email that already signs in, in this clinic or another', async () => {
    const { admin, form } = await signUpAClinic(harness);
    const { admin: otherAdmin } = await signUpAClinic(harness);
    const taken = { ...aNewStaffMember('billing_clerk'), email: form.admin.email };
    await expect(
      harness.as(admin, () => sut.execute({ ...harness.commandFor(admin), member: taken })),
    ).rejects.toBeInstanceOf(EmailTakenError);
    await expect(
      harness.as(otherAdmin, () => sut.execute({ ...harness.commandFor(otherAdmin), member: taken })),
    ).rejects.toBeInstanceOf(EmailTakenError);
  });
});
