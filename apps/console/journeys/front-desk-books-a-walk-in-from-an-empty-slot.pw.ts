import { expect, test, type Page } from '@playwright/test';
import { aClinicWithAFrontDesk, anOfficeVisit, type ClinicWithAFrontDesk } from './support/a-clinic-with-a-front-desk';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';
import { cellAt } from './support/day-grid';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

const openTheDay = async (page: Page, clinic: ClinicWithAFrontDesk) => {
  await page.goto(`/calendar?location=${clinic.location.id}&date=${clinic.day}`);
  await signIn(page, clinic.frontDesk);
  await expect(page.getByRole('columnheader', { name: 'Dr Ada Okafor' })).toBeVisible();
};

test('the front desk books a walk-in from an empty slot, shown on the clinic’s clock', async ({ page }, testInfo) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  await openTheDay(page, clinic);
  // The browser runs on Tokyo time; the grid must still open at 9:00 in Chicago.
  await expect(page.getByRole('rowheader').first()).toHaveText('9:00 AM');
  await expect(page.getByText(`Times in ${clinic.location.timeZone}`)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('button', { name: 'Book Dr Ada Okafor at 9:00 AM' }).click();
  const dialog = page.getByRole('dialog', { name: 'Book a visit' });
  await expect(dialog.getByRole('definition')).toHaveText([
    'Dr Ada Okafor',
    /9:00 AM \(America\/Chicago\)/,
    clinic.location.name,
  ]);

  await dialog.getByRole('combobox', { name: 'Patient' }).fill(clinic.patient.listedAs.slice(0, 6));
  await page.getByRole('option', { name: new RegExp(`^${clinic.patient.listedAs}`) }).click();
  await dialog.getByRole('button', { name: /Visit type/ }).click();
  await page.getByRole('option', { name: 'Office visit (15 min)' }).click();
  await expectNoSeriousAccessibilityViolations(page);
  await dialog.getByRole('button', { name: `Book ${clinic.patient.listedAs} at 9:00 AM` }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Booked' })).toHaveText(
    `Booked ${clinic.patient.listedAs} with Dr Ada Okafor at 9:00 AM.`,
  );
  const cell = await cellAt(page, '9:00 AM', 'Dr Ada Okafor');
  await expect(cell).toContainText(clinic.patient.listedAs);
  await expect(cell).toContainText('Office visit');
  await expect(cell).toContainText('Booked');
  await expect(page.getByRole('button', { name: 'Book Dr Ada Okafor at 9:00 AM' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('walk-in-booked.png'), fullPage: true });
});

test('a time taken meanwhile is refused in plain words, and the front desk books the next free time with the keyboard', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  await openTheDay(page, clinic);
  const [, castillo] = clinic.providers;

  // The day is one tab stop; the arrow keys walk its cells: right to Dr Castillo, down to 9:30.
  await page.getByRole('button', { name: 'Next day' }).focus();
  await page.keyboard.press('Tab');
  await expect(await cellAt(page, '9:00 AM', 'Dr Ada Okafor')).toBeFocused();
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
  await expect(await cellAt(page, '9:30 AM', 'Dr Ben Castillo')).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Book a visit' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Patient' }).focus();
  await page.keyboard.type(clinic.patient.listedAs.slice(0, 6));
  await expect(page.getByRole('option', { name: new RegExp(`^${clinic.patient.listedAs}`) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  // Another receptionist books the same time while this dialog is open.
  await anOfficeVisit(gatewayUrl(), clinic, {
    providerId: castillo.id,
    patientId: clinic.patient.id,
    day: clinic.day,
    at: ({ localTime }) => localTime === '09:30',
  });

  const book = dialog.getByRole('button', { name: `Book ${clinic.patient.listedAs} at 9:30 AM` });
  await book.focus();
  await page.keyboard.press('Enter');
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('Dr Ben Castillo is not free for this visit at 9:30 AM');
  await expect(refusal).toContainText('These times are still free:');
  await page.screenshot({ path: testInfo.outputPath('time-taken.png'), fullPage: true });

  const nextFree = refusal.getByRole('button', { name: /^Choose / }).first();
  const nextTime = ((await nextFree.textContent()) ?? '').replace('Choose ', '');
  await nextFree.focus();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: `Book ${clinic.patient.listedAs} at ${nextTime}` }).focus();
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Booked' })).toHaveText(
    `Booked ${clinic.patient.listedAs} with Dr Ben Castillo at ${nextTime}.`,
  );
  await expect(await cellAt(page, nextTime, 'Dr Ben Castillo')).toContainText('Booked');
  await expect(await cellAt(page, '9:30 AM', 'Dr Ben Castillo')).toContainText(clinic.patient.listedAs);
});
