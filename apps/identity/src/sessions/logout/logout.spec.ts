import { UnauthorizedException } from '@nestjs/common';
import { UseCaseHarness } from '@praxis/testing';
import { logIn, signUpAClinic, startIdentityUseCases } from '../../../test/identity-use-cases';
import { RefreshSession } from '../refresh-session/refresh-session.usecase';
import { Logout } from './logout.usecase';

describe('logging out', () => {
  let harness: UseCaseHarness;
  let sut: Logout;

  beforeAll(async () => {
    harness = await startIdentityUseCases();
    sut = harness.get(Logout);
  });
  afterAll(() => harness.close());

  const refresh = (refreshToken: string) =>
    harness.get(RefreshSession).execute({ now: harness.clock.now(), refreshToken });

  it('ends the session it was given, and only that one', async () => {
    const { form } = await signUpAClinic(harness);
    const onTheDesk = await logIn(harness, form.admin.email);
    const onTheLaptop = await logIn(harness, form.admin.email);
    await sut.execute({ now: harness.clock.now(), refreshToken: onTheDesk.refreshToken });
    await expect(refresh(onTheDesk.refreshToken)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(refresh(onTheLaptop.refreshToken)).resolves.toMatchObject({ tokenType: 'Bearer' });
  });

  it('ends a session from a token it has since rotated to', async () => {
    const { form } = await signUpAClinic(harness);
    const { refreshToken } = await logIn(harness, form.admin.email);
    const rotated = (await refresh(refreshToken)).refreshToken;
    await sut.execute({ now: harness.clock.now(), refreshToken: rotated });
    await expect(refresh(rotated)).rejects.toBeInstanceOf(UnauthorizedException);
  });
});
