import { expect, test, type Page } from '@playwright/test';
import { aClinicWithAFrontDesk, call } from './support/a-clinic-with-a-front-desk';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

const choose = async (page: Page, section: string, label: string, option: string) => {
  await page
    .getByRole('region', { name: section })
    .getByRole('button', { name: new RegExp(`${label}$`) })
    .click();
  await page.getByRole('option', { name: option }).click();
};

test('the front desk finds Dr Castillo’s next free times and tells a caller why 12:30 and a day off cannot be had', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  const [, castillo] = clinic.providers;
  await call(
    gatewayUrl(),
    'POST',
    '/api/v1/availability/time-off',
    { providerId: castillo.id, fromDate: clinic.day, toDate: clinic.day, reason: 'Conference' },
    clinic.adminBearer,
  );
  await page.goto(`/calendar?location=${clinic.location.id}&date=${clinic.day}`);
  await signIn(page, clinic.frontDesk);

  const finding = page.getByRole('region', { name: 'Find next available' });
  await choose(page, 'Find next available', 'Provider', castillo.name);
  await choose(page, 'Find next available', 'Visit type', 'New patient visit (45 min)');
  await finding.getByRole('button', { name: 'Find free times' }).click();
  const offered = finding.getByRole('list', { name: 'Next free times' }).getByRole('button');
  await expect(offered.first()).toHaveText(new RegExp(`^Book ${castillo.name} on .+ at 9:00 AM$`));
  // The day of his time off is skipped: the first time offered is on another day.
  await expect(offered.first()).not.toHaveText(new RegExp(` ${Number(clinic.day.slice(8))} at `));

  const checking = page.getByRole('region', { name: 'Check a time' });
  await choose(page, 'Check a time', 'Provider', castillo.name);
  await checking.getByRole('button', { name: 'Check' }).click();
  await expect(checking.getByRole('status')).toContainText(
    `Office visit with ${castillo.name} cannot start at 9:00 AM`,
  );
  await expect(checking.getByRole('status')).toContainText('Time off: Conference.');

  await choose(page, 'Check a time', 'Provider', clinic.providers[0].name);
  await checking.getByLabel('Time').fill('12:30');
  await checking.getByRole('button', { name: 'Check' }).click();
  await expect(checking.getByRole('status')).toContainText('outside working hours');
  await expect(checking.getByRole('status')).toContainText('works 9:00 AM–12:00 PM that day');
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('a-time-explained.png'), fullPage: true });

  await offered.first().click();
  const dialog = page.getByRole('dialog', { name: 'Book a visit' });
  await expect(dialog.getByRole('button', { name: /Visit type/ })).toContainText('New patient visit');
});
