import { UnauthorizedException } from '@nestjs/common';
import { UseCaseHarness } from '@praxis/testing';
import { logIn, signUpAClinic, startIdentityUseCases } from '../../../test/identity-use-cases';
import { RefreshSession } from './refresh-session.usecase';

const DAY = 86_400_000;

describe('refreshing a session', () => {
  let harness: UseCaseHarness;
  let sut: RefreshSession;

  beforeAll(async () => {
    harness = await startIdentityUseCases();
    sut = harness.get(RefreshSession);
  });
  afterAll(() => harness.close());

  const refresh = (refreshToken: string) => sut.execute({ now: harness.clock.now(), refreshToken });

  it('hands out a new token once; presenting the used one again ends the session for both', async () => {
    const { form } = await signUpAClinic(harness);
    const first = (await logIn(harness, form.admin.email)).refreshToken;
    const second = (await refresh(first)).refreshToken;
    expect(second).not.toBe(first);
    await expect(refresh(first)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(refresh(second)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('keeps a session alive for fourteen days, and not a moment longer', async () => {
    harness.clock.set('2026-03-02T15:00:00Z');
    const { form } = await signUpAClinic(harness);
    const { refreshToken } = await logIn(harness, form.admin.email);
    harness.clock.advance(14 * DAY - 1);
    const renewed = (await refresh(refreshToken)).refreshToken;
    harness.clock.advance(14 * DAY);
    await expect(refresh(renewed)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('refuses a token that was tampered with', async () => {
    const { form } = await signUpAClinic(harness);
    const { refreshToken } = await logIn(harness, form.admin.email);
    await expect(refresh(`${refreshToken.slice(0, -1)}x`)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(refresh(refreshToken)).resolves.toMatchObject({ tokenType: 'Bearer' });
  });
});
