import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { aClinicWithBilling, aReleasedOfficeVisit } from './support/a-clinic-with-billing';
import { choose, expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

/** The new price list as the clerk saved it from a spreadsheet; the first try has a letter O typed for a zero. */
const priceList = (extendedVisit: string) =>
  ['procedure_code,modifiers,payer_id,amount', '99213,,,125.00', `99214,,,${extendedVisit}`].join('\r\n');

const chooseFile = (page: Page, content: string) =>
  page
    .getByLabel('Price list (CSV)')
    .setInputFiles({ name: 'prices-2021.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });

test('the billing clerk imports new prices, is told which line of the file is wrong and imports it fixed, then corrects a released charge to the code the provider meant', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithBilling(gatewayUrl());
  const sam = clinic.patient;
  await aReleasedOfficeVisit(gatewayUrl(), clinic, sam.id, clinic.providers[0].id);
  await page.goto('/');
  await signIn(page, clinic.clerk);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Fee schedules' }).click();

  const schedules = page.getByRole('table', { name: 'Fee schedules, newest first' });
  await expect(schedules.getByRole('row')).toHaveCount(2);
  const importing = page.getByRole('form', { name: 'Import a fee schedule' });
  await importing.getByLabel('Prices take effect on').fill('2021-01-01');
  await chooseFile(page, priceList('15O.00'));
  await importing.getByRole('button', { name: 'Import the prices' }).press('Enter');
  const refusal = page.getByRole('alert').filter({ hasText: 'The fee schedule was not imported' });
  await expect(refusal.getByRole('listitem')).toHaveText(['Line 3: 15O.00 is not an amount in USD such as 125.00.']);
  await expect(schedules.getByRole('row')).toHaveCount(2);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('import-refused.png'), fullPage: true });

  await chooseFile(page, priceList('150.00'));
  await importing.getByRole('button', { name: 'Import the prices' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported: 2 prices, in force from Friday, January 1, 2021.',
  );
  const newest = schedules.getByRole('row').nth(1);
  await expect(newest.getByRole('rowheader')).toHaveText('Friday, January 1, 2021');
  const download = page.waitForEvent('download');
  await newest.getByRole('button', { name: 'Download the prices from Friday, January 1, 2021 (CSV)' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('fee-schedule-2021-01-01.csv');
  expect(await readFile(await saved.path(), 'utf8')).toContain('99214,,,150.00');
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Charge review' }).click();
  await choose(page, page.getByRole('radio', { name: 'Released' }));
  await page
    .getByRole('table', { name: /^Visits that are released/ })
    .getByRole('button', { name: `Review the charges of ${sam.listedAs}` })
    .click();
  const review = page.getByRole('dialog', { name: `Charges of ${sam.listedAs}` });
  await review.getByRole('button', { name: 'Correct line 1, 99213' }).press('Enter');
  const correcting = review.getByRole('form', { name: 'Correct line 1' });
  await correcting.getByRole('textbox', { name: 'Corrected code (CPT/HCPCS)' }).fill('99215');
  await correcting.getByRole('button', { name: 'Void and post the correction' }).click();
  await expect(correcting.getByText('99215 has no price on the date of service')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await correcting.getByRole('textbox', { name: 'Corrected code (CPT/HCPCS)' }).fill('99214');
  await correcting.getByRole('button', { name: 'Void and post the correction' }).click();
  await expect(review.getByRole('status')).toHaveText('Line 1 was voided and its correction posted.');
  const lines = review.getByRole('table', { name: 'Procedure lines' });
  await expect(
    lines
      .getByRole('row', { name: /^1 \(voided\)/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('99213');
  await expect(
    lines
      .getByRole('row', { name: /^1 99214/ })
      .getByRole('cell')
      .nth(4),
  ).toHaveText('$150.00');
  await expect(lines.getByRole('row', { name: /^Total/ })).toContainText('$150.00');
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('charge-corrected.png'), fullPage: true });
});
