import { expect, test } from '@playwright/test';
import { aClinicWithAFrontDesk, call } from './support/a-clinic-with-a-front-desk';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

test('the front desk signs in at the page they asked for, and a reload keeps them signed in', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  const dayPage = `/calendar?location=${clinic.location.id}&date=${clinic.day}`;

  await page.goto(dayPage);
  await expect(page.getByRole('heading', { name: 'Sign in to Praxis' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByLabel('Email').fill(clinic.frontDesk.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('That email and password do not match an account.');

  await signIn(page, clinic.frontDesk);
  await expect(page.getByRole('heading', { name: new RegExp(`^${clinic.location.name}`) })).toBeVisible();
  expect(new URL(page.url()).search).toBe(new URL(dayPage, gatewayUrl()).search);
  await page.screenshot({ path: testInfo.outputPath('signed-in.png'), fullPage: true });

  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Dr Ada Okafor' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sign in to Praxis' })).toHaveCount(0);
});

test('the refresh token stays out of reach of page scripts and of other sites', async ({ page }) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  await page.goto('/');
  const login = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/browser/login'));
  await signIn(page, clinic.frontDesk);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(Object.keys(await (await login).json()).sort()).toEqual(['accessToken', 'expiresIn', 'tokenType']);

  const [cookie] = (await page.context().cookies()).filter(({ name }) => name === 'praxis_refresh');
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/v1/auth/browser' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('praxis_refresh');

  const withoutTheHeader = await page.request.post('/api/v1/auth/browser/refresh');
  expect(withoutTheHeader.status()).toBe(403);
  const fromAnotherSite = await page.request.post('/api/v1/auth/browser/refresh', {
    headers: { 'x-praxis-csrf': '1', origin: 'https://elsewhere.example' },
  });
  expect(fromAnotherSite.status()).toBe(403);
});

test('an ended session returns the front desk to sign-in, and signing in again brings back the same day', async ({
  page,
}) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  const dayPage = `/calendar?location=${clinic.location.id}&date=${clinic.day}`;
  await page.goto(dayPage);
  await signIn(page, clinic.frontDesk);
  await expect(page.getByRole('columnheader', { name: 'Dr Ben Castillo' })).toBeVisible();

  await page.context().clearCookies();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in to Praxis' })).toBeVisible();
  await signIn(page, clinic.frontDesk);
  await expect(page.getByRole('columnheader', { name: 'Dr Ben Castillo' })).toBeVisible();
  expect(new URL(page.url()).search).toBe(new URL(dayPage, gatewayUrl()).search);
});

test('signing out ends the session for good on this computer', async ({ page }) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  await page.goto('/');
  await signIn(page, clinic.frontDesk);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Praxis' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in to Praxis' })).toBeVisible();
});

test('a long shift stays signed in: the console renews its access before it runs out', async ({ page }) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  await page.clock.install();
  await page.goto(`/calendar?location=${clinic.location.id}&date=${clinic.day}`);
  const login = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/browser/login'));
  await signIn(page, clinic.frontDesk);
  const { expiresIn } = (await (await login).json()) as { expiresIn: number };
  await expect(page.getByRole('columnheader', { name: 'Dr Ada Okafor' })).toBeVisible();

  const renewal = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/browser/refresh'));
  await page.clock.runFor((expiresIn - 30) * 1000);
  const renewed = await renewal;
  expect(renewed.status()).toBe(200);
  const { accessToken } = (await renewed.json()) as { accessToken: string };

  const nextDay = page.waitForRequest((request) => request.url().includes('/api/v1/schedules/locations/'));
  await page.getByRole('button', { name: 'Next day' }).click();
  expect((await nextDay).headers().authorization).toBe(`Bearer ${accessToken}`);
  await expect(page.getByRole('columnheader', { name: 'Dr Ada Okafor' })).toBeVisible();
});

test('an account change by the admin does not throw the front desk out: the console quietly renews its access', async ({
  page,
}) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  await page.goto(`/calendar?location=${clinic.location.id}&date=${clinic.day}`);
  const login = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/browser/login'));
  await signIn(page, clinic.frontDesk);
  const { accessToken } = (await (await login).json()) as { accessToken: string };
  await expect(page.getByRole('columnheader', { name: 'Dr Ada Okafor' })).toBeVisible();

  await call(
    gatewayUrl(),
    'PATCH',
    `/api/v1/staff/${clinic.frontDesk.id}`,
    { displayName: 'Frankie Front' },
    clinic.adminBearer,
  );
  const answerWith = async (token: string) =>
    (await fetch(`${gatewayUrl()}/api/v1/locations`, { headers: { authorization: `Bearer ${token}` } })).status;
  // The gateway hears of the change over Kafka, then refuses tokens issued before it (and in the same second).
  await expect.poll(() => answerWith(accessToken)).toBe(401);
  const freshToken = async () =>
    (
      await call<{ accessToken: string }>(gatewayUrl(), 'POST', '/api/v1/auth/login', {
        email: clinic.frontDesk.email,
        password: clinic.frontDesk.password,
      })
    ).accessToken;
  await expect.poll(async () => answerWith(await freshToken())).toBe(200);

  const renewal = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/browser/refresh'));
  await page.getByRole('button', { name: 'Next day' }).click();
  expect((await renewal).status()).toBe(200);
  await expect(page.getByRole('columnheader', { name: 'Dr Ada Okafor' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sign in to Praxis' })).toHaveCount(0);
});
