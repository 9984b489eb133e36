import { expect, test } from '@playwright/test';
import { aClinicWithClaims, setTheSandboxRules } from './support/a-clinic-with-claims';
import { anAcceptedClaimAndItsEra, expectTheAccountToOwe, previewTheEra } from './support/an-era';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

test('the billing clerk uploads an ERA and sees it posted', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await setTheSandboxRules();
  const clinic = await aClinicWithClaims(gatewayUrl());
  const { claim, era } = await anAcceptedClaimAndItsEra(gatewayUrl(), clinic);
  const claimNumber = `Claim ${claim.patientControlNumber}`;
  await page.goto('/remittances/upload');
  await signIn(page, clinic.clerk);

  await previewTheEra(page, era, 'aetna.835');
  const preview = page.getByRole('region', { name: 'Preview: nothing is posted yet' });
  await expect(preview.getByRole('heading', { name: 'AETNA: $80.00' })).toBeVisible();
  const office = preview
    .getByRole('table', { name: `Lines of claim ${claim.patientControlNumber}` })
    .getByRole('row', { name: /^99213/ });
  await expect(office).toContainText('Contractual obligation (CO-45): $25.00');
  await expect(office).toContainText('Patient responsibility (PR-2): $20.00 — Coinsurance Amount');
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('era-preview.png'), fullPage: true });

  await page.getByRole('button', { name: 'Post the ERA' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Posted 1 of 1 payments.' })).toBeVisible();
  const posted = page.getByRole('region', { name: 'What was posted' });
  await expect(posted.getByText('Balances: posted')).toBeVisible();
  await expect(posted.getByRole('link', { name: claimNumber })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await expectTheAccountToOwe(page, clinic.patient.id, ['$0.00', '$20.00', '$0.00']);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('account-after-the-era.png'), fullPage: true });
});
