import { expect, test, type Page } from '@playwright/test';
import { aClinicWithAFrontDesk, call, type ClinicWithAFrontDesk } from './support/a-clinic-with-a-front-desk';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

/** A second receptionist of the same clinic, at the other desk. */
const anotherFrontDesk = async (clinic: ClinicWithAFrontDesk) => {
  const credentials = {
    email: `second-desk.${Date.now()}.${clinic.frontDesk.email}`,
    password: clinic.frontDesk.password,
  };
  await call(
    gatewayUrl(),
    'POST',
    '/api/v1/staff',
    { ...credentials, displayName: 'Robin Desk', roles: ['front_desk'] },
    clinic.adminBearer,
  );
  return credentials;
};

const openTheDay = async (page: Page, clinic: ClinicWithAFrontDesk, desk: { email: string; password: string }) => {
  await page.goto(`/calendar?location=${clinic.location.id}&date=${clinic.day}`);
  await signIn(page, desk);
  await expect(page.getByRole('columnheader', { name: 'Dr Ada Okafor' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Live updates' })).toHaveText('Live updates on');
};

test('a booking made at one desk appears on the other desk’s open calendar without a reload', async ({
  page: firstDesk,
  browser,
  baseURL,
  viewport,
  timezoneId,
  locale,
  userAgent,
  isMobile,
  hasTouch,
  deviceScaleFactor,
}, testInfo) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  const secondDeskContext = await browser.newContext({
    baseURL,
    viewport,
    timezoneId,
    locale,
    userAgent,
    isMobile,
    hasTouch,
    deviceScaleFactor,
  });
  const secondDesk = await secondDeskContext.newPage();
  await openTheDay(firstDesk, clinic, clinic.frontDesk);
  await openTheDay(secondDesk, clinic, await anotherFrontDesk(clinic));
  let reloads = 0;
  secondDesk.on('load', () => (reloads += 1));
  await expect(secondDesk.getByRole('button', { name: 'Book Dr Ada Okafor at 9:00 AM' })).toBeVisible();

  await firstDesk.getByRole('button', { name: 'Book Dr Ada Okafor at 9:00 AM' }).click();
  const dialog = firstDesk.getByRole('dialog', { name: 'Book a visit' });
  await dialog.getByRole('combobox', { name: 'Patient' }).fill(clinic.patient.listedAs.slice(0, 6));
  await firstDesk.getByRole('option', { name: new RegExp(`^${clinic.patient.listedAs}`) }).click();
  await dialog.getByRole('button', { name: /Visit type/ }).click();
  await firstDesk.getByRole('option', { name: 'Office visit (15 min)' }).click();
  await dialog.getByRole('button', { name: `Book ${clinic.patient.listedAs} at 9:00 AM` }).click();
  await expect(dialog).toBeHidden();

  const calendar = secondDesk.getByRole('grid');
  await expect(calendar.getByRole('button', { name: clinic.patient.listedAs, exact: true })).toBeVisible();
  await expect(secondDesk.getByRole('button', { name: 'Book Dr Ada Okafor at 9:00 AM' })).toHaveCount(0);
  expect(reloads).toBe(0);
  await expectNoSeriousAccessibilityViolations(secondDesk);
  await secondDesk.screenshot({ path: testInfo.outputPath('booking-appeared-at-the-other-desk.png'), fullPage: true });
  await secondDeskContext.close();
});
