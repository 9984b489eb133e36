import { verifyAccessToken } from '@praxis/auth';
import { Topic } from '@praxis/contracts';
import { UnprocessableError } from '@praxis/platform';
import { listenToTopic, TEST_ACCESS_SECRET, TopicListener, UseCaseHarness } from '@praxis/testing';
import {
  aLocationOf,
  aNewStaffMember,
  logIn,
  signUpAClinic,
  startIdentityUseCases,
} from '../../../test/identity-use-cases';
import { EmailTakenError } from '../staff-directory';
import { StaffQuery } from '../staff.query';
import { CreateStaffMember } from './create-staff-member.usecase';

describe('creating a staff member', () => {
  let harness: UseCaseHarness;
  let events: TopicListener;
  let sut: CreateStaffMember;

  beforeAll(async () => {
    events = await listenToTopic(Topic.IdentityStaff);
    harness = await startIdentityUseCases();
    sut = harness.get(CreateStaffMember);
  });
  afterAll(async () => {
    await harness.close();
    await events.stop();
  });

  it('gives the newcomer an account that logs in to the clinic with the roles the admin chose', async () => {
    const { admin } = await signUpAClinic(harness);
    const newcomer = aNewStaffMember('front_desk');
    const created = await harness.as(admin, () => sut.execute({ ...harness.commandFor(admin), member: newcomer }));
    expect(created).toMatchObject({ email: newcomer.email, roles: ['front_desk'], active: true });
    const session = await logIn(harness, newcomer.email);
    const claims = await verifyAccessToken(session.accessToken, TEST_ACCESS_SECRET);
    expect(claims).toMatchObject({ tenantId: admin.tenantId, userId: created.id, roles: ['front_desk'] });
  });

  it('records where and since when the newcomer works, and announces both for training to count from', async () => {
    const { admin } = await signUpAClinic(harness);
    const downtown = await aLocationOf(harness, admin);
    const newcomer = aNewStaffMember('provider', { locationId: downtown.id, hiredOn: '2026-04-01' });
    const { id } = await harness.as(admin, () => sut.execute({ ...harness.commandFor(admin), member: newcomer }));
    const stored = await harness.as(admin, () => harness.get(StaffQuery).get(id));
    expect(stored).toMatchObject({ locationId: downtown.id, hiredOn: '2026-04-01' });
    const payload = { userId: id, roles: ['provider'], locationId: downtown.id, hiredOn: '2026-04-01' };
    expect(await events.eventsOf(admin.tenantId, 2)).toContainEqual(
      expect.objectContaining({ type: 'staff.created', payload: expect.objectContaining(payload) }),
    );
  });

  it('refuses another clinic’s location with nothing created, so the same email can be used once corrected', async () => {
    const { admin } = await signUpAClinic(harness);
    const { admin: otherAdmin } = await signUpAClinic(harness);
    const theirs = await aLocationOf(harness, otherAdmin);
    const newcomer = aNewStaffMember('front_desk', { locationId: theirs.id });
    const refused = harness.as(admin, () => sut.execute({ ...harness.commandFor(admin), member: newcomer }));
    await expect(refused).rejects.toBeInstanceOf(UnprocessableError);
    const ours = await aLocationOf(harness, admin);
    const corrected = { ...newcomer, locationId: ours.id };
    const created = await harness.as(admin, () => sut.execute({ ...harness.commandFor(admin), member: corrected }));
    expect(created).toMatchObject({ email: newcomer.email, locationId: ours.id });
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
