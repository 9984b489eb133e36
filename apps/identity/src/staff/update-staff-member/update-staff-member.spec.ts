import { UnauthorizedException } from '@nestjs/common';
import { Topic } from '@praxis/contracts';
import { NotFoundError, UnprocessableError } from '@praxis/platform';
import { listenToTopic, TopicListener, UseCaseHarness } from '@praxis/testing';
import {
  aLocationOf,
  aNewStaffMember,
  logIn,
  signUpAClinic,
  startIdentityUseCases,
} from '../../../test/identity-use-cases';
import { RefreshSession } from '../../sessions/refresh-session/refresh-session.usecase';
import { CreateStaffMember } from '../create-staff-member/create-staff-member.usecase';
import { StaffQuery } from '../staff.query';
import { UpdateStaffMember } from './update-staff-member.usecase';

describe('updating a staff member', () => {
  let harness: UseCaseHarness;
  let events: TopicListener;
  let sut: UpdateStaffMember;

  beforeAll(async () => {
    events = await listenToTopic(Topic.IdentityStaff);
    harness = await startIdentityUseCases();
    sut = harness.get(UpdateStaffMember);
  });
  afterAll(async () => {
    await harness.close();
    await events.stop();
  });

  const aClinicWithAMember = async () => {
    const { admin } = await signUpAClinic(harness);
    const member = aNewStaffMember('front_desk');
    const created = await harness.as(admin, () =>
      harness.get(CreateStaffMember).execute({ ...harness.commandFor(admin), member }),
    );
    return { admin, member, id: created.id };
  };

  it('deactivates a member: they can no longer log in, and their open session cannot be refreshed', async () => {
    const { admin, member, id } = await aClinicWithAMember();
    const { refreshToken } = await logIn(harness, member.email);
    const updated = await harness.as(admin, () =>
      sut.execute({ ...harness.commandFor(admin), staffMemberId: id, changes: { active: false } }),
    );
    expect(updated.active).toBe(false);
    await expect(logIn(harness, member.email)).rejects.toBeInstanceOf(UnauthorizedException);
    const refresh = harness.get(RefreshSession).execute({ now: harness.clock.now(), refreshToken });
    await expect(refresh).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('changes name and roles, leaving what was not sent as it was', async () => {
    const { admin, id } = await aClinicWithAMember();
    const changes = { displayName: 'Sam Rivera', roles: ['front_desk' as const, 'billing_clerk' as const] };
    const updated = await harness.as(admin, () =>
      sut.execute({ ...harness.commandFor(admin), staffMemberId: id, changes }),
    );
    expect(updated).toMatchObject({ displayName: 'Sam Rivera', roles: ['front_desk', 'billing_clerk'], active: true });
  });

  it('moves a member to another location and corrects the hire date, announcing both with the rest', async () => {
    const { admin, id } = await aClinicWithAMember();
    const uptown = await aLocationOf(harness, admin, 'Uptown');
    const changes = { locationId: uptown.id, hiredOn: '2025-09-15' };
    const updated = await harness.as(admin, () =>
      sut.execute({ ...harness.commandFor(admin), staffMemberId: id, changes }),
    );
    expect(updated).toMatchObject({ locationId: uptown.id, hiredOn: '2025-09-15', roles: ['front_desk'] });
    const payload = { userId: id, roles: ['front_desk'], active: true, locationId: uptown.id, hiredOn: '2025-09-15' };
    expect(await events.eventsOf(admin.tenantId, 3)).toContainEqual(
      expect.objectContaining({ type: 'staff.updated', payload: expect.objectContaining(payload) }),
    );
  });

  it('refuses a location of another clinic and leaves the member as they were', async () => {
    const { admin, id } = await aClinicWithAMember();
    const { admin: otherAdmin } = await signUpAClinic(harness);
    const theirs = await aLocationOf(harness, otherAdmin);
    const changes = { locationId: theirs.id, displayName: 'Moved Elsewhere' };
    const update = harness.as(admin, () => sut.execute({ ...harness.commandFor(admin), staffMemberId: id, changes }));
    await expect(update).rejects.toBeInstanceOf(UnprocessableError);
    const unchanged = await harness.as(admin, () => harness.get(StaffQuery).get(id));
    expect(unchanged.locationId).toBeNull();
    expect(unchanged.displayName).not.toBe('Moved Elsewhere');
  });

  it('cannot reach a member of another clinic: not found, like a missing one', async () => {
    const { id } = await aClinicWithAMember();
    const { admin: otherAdmin } = await signUpAClinic(harness);
    const update = harness.as(otherAdmin, () =>
      sut.execute({ ...harness.commandFor(otherAdmin), staffMemberId: id, changes: { active: false } }),
    );
    await expect(update).rejects.toBeInstanceOf(NotFoundError);
  });
});
