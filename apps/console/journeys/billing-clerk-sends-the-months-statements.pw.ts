import { expect, test } from '@playwright/test';
import { aClinicWithBilling, aReleasedOfficeVisit } from './support/a-clinic-with-billing';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

test('the billing clerk sets what statements say of the clinic, starts the statement run, watches it finish and downloads a patient’s statement', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithBilling(gatewayUrl());
  const sam = clinic.patient;
  await aReleasedOfficeVisit(gatewayUrl(), clinic, sam.id, clinic.providers[0].id);
  await page.goto('/');
  await signIn(page, clinic.clerk);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Statements' }).click();
  await expect(page.getByText('No statement run yet.', { exact: false })).toBeVisible();

  const settings = page.getByRole('form', { name: 'What statements say of the clinic' });
  await settings.getByLabel('Name to pay', { exact: true }).fill('Lakeside Family Medicine LLC');
  await settings.getByLabel('Street address', { exact: true }).fill('PO Box 4410');
  await settings.getByLabel('City', { exact: true }).fill('Chicago');
  await settings.getByLabel('State', { exact: true }).fill('IL');
  await settings.getByLabel('ZIP code', { exact: true }).fill('60680-4410');
  await settings.getByLabel('Phone for billing questions', { exact: true }).fill('312 555 0142');
  await settings.getByRole('button', { name: 'Save the statement settings' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Statements issued from now on carry these.' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Start a statement run' }).click();
  await expect(page.getByRole('progressbar', { name: 'Statement run completed' })).toBeVisible();
  await expect(page.getByText('1 issued, 0 skipped, 0 failed.')).toBeVisible();
  const statements = page.getByRole('table', { name: 'Statements of this run' });
  await expect(statements.getByRole('row', { name: new RegExp(sam.listedAs) }).getByRole('cell')).toContainText([
    '$125.00',
  ]);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('statement-run.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await statements.getByRole('button', { name: `Download the statement of ${sam.listedAs} (PDF)` }).click();
  expect((await download).suggestedFilename()).toMatch(/^statement-.*\.pdf$/);
});
