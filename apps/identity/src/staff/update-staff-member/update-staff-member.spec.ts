import { UnauthorizedException } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { UseCaseHarness } from '@praxis/testing';
import { aNewStaffMember, logIn, signUpAClinic, startIdentityUseCases } from '../../../test/identity-use-cases';
import { RefreshSession } from '../../sessions/refresh-session/refresh-session.usecase';
import { CreateStaffMember } from '../create-staff-member/create-staff-member.usecase';
import { UpdateStaffMember } from './update-staff-member.usecase';

describe('updating a staff member', () => {
  let harness: UseCaseHarness;
  let sut: UpdateStaffMember;

  beforeAll(async () => {
    harness = await startIdentityUseCases();
    sut = harness.get(UpdateStaffMember);
  });
  afterAll(() => harness.close());

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

  it('cannot reach a member of another clinic: not found, like a missing one', async () => {
    const { id } = await aClinicWithAMember();
    const { admin: otherAdmin } = await signUpAClinic(harness);
    const update = harness.as(otherAdmin, () =>
      sut.execute({ ...harness.commandFor(otherAdmin), staffMemberId: id, changes: { active: false } }),
    );
    await expect(update).rejects.toBeInstanceOf(NotFoundError);
  });
});
