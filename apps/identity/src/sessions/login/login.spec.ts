import { UnauthorizedException } from '@nestjs/common';
import { aUniqueEmail, UseCaseHarness } from '@praxis/testing';
import { logIn, signUpAClinic, startIdentityUseCases } from '../../../test/identity-use-cases';

const FIFTEEN_MINUTES = 15 * 60_000;

describe('logging in', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startIdentityUseCases();
  });
  afterAll(() => harness.close());

  it('locks the account after five wrong passwords, even to the right one, until the clock passes the lock', async () => {
    harness.clock.set('2026-03-02T15:00:00Z');
    const { form } = await signUpAClinic(harness);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(logIn(harness, form.admin.email, 'wrong password!')).rejects.toBeInstanceOf(UnauthorizedException);
    }
    await expect(logIn(harness, form.admin.email)).rejects.toThrow('account locked until 2026-03-02T15:15:00.000Z');
    harness.clock.advance(FIFTEEN_MINUTES - 1);
    await expect(logIn(harness, form.admin.email)).rejects.toThrow(/account locked until/);
    harness.clock.advance(1);
    await expect(logIn(harness, form.admin.email)).resolves.toMatchObject({ tokenType: 'Bearer' });
  });

  it('forgets earlier wrong passwords once the right one is given', async () => {
    const { form } = await signUpAClinic(harness);
    for (let attempt = 0; attempt < 4; attempt += 1)
      await logIn(harness, form.admin.email, 'wrong password!').catch(() => undefined);
    await logIn(harness, form.admin.email);
    for (let attempt = 0; attempt < 4; attempt += 1)
      await logIn(harness, form.admin.email, 'wrong password!').catch(() => undefined);
    await expect(logIn(harness, form.admin.email)).resolves.toMatchObject({ tokenType: 'Bearer' });
  });

  it('refuses an unknown email with the same answer as a wrong password', async () => {
    const { form } = await signUpAClinic(harness);
    await expect(logIn(harness, aUniqueEmail('nobody'))).rejects.toThrow('invalid email or password');
    await expect(logIn(harness, form.admin.email, 'wrong password!')).rejects.toThrow('invalid email or password');
  });
});
