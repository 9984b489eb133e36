import { expect, test } from '@playwright/test';
import { aClinicWithClaims, setTheSandboxRules } from './support/a-clinic-with-claims';
import { anAcceptedClaimAndItsEra, postTheEra, previewTheEra } from './support/an-era';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

test('the billing clerk uploads the same ERA again and nothing changes', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await setTheSandboxRules();
  const clinic = await aClinicWithClaims(gatewayUrl());
  const { era } = await anAcceptedClaimAndItsEra(gatewayUrl(), clinic);
  await postTheEra(gatewayUrl(), clinic, era);
  await page.goto(`/billing/patients/${clinic.patient.id}`);
  await signIn(page, clinic.clerk);
  await expect(page.getByRole('heading', { name: `Account of ${clinic.patient.listedAs}` })).toBeVisible();
  const owed = page
    .getByRole('table', { name: 'What is owed, by who is expected to pay it' })
    .getByRole('row', { name: /^USD/ })
    .getByRole('cell');
  // Billing hears of the payer's decision over Kafka: the account shows it once billing has posted it.
  await expect(async () => {
    await page.reload();
    await expect(owed).toHaveText(['$0.00', '$20.00', '$0.00'], { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  await page.goto('/remittances/upload');
  await previewTheEra(page, era, 'aetna-again.835');
  await page.getByRole('button', { name: 'Post the ERA' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Every payment in this file was received before: nothing changed.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'What was posted' }).getByText('Received before: nothing changed'),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('era-received-before.png'), fullPage: true });

  await page.getByRole('navigation', { name: 'Claims' }).getByRole('link', { name: 'Remittances' }).click();
  const received = page.getByRole('table', { name: 'Payments received in ERAs' });
  await expect(received.getByRole('row', { name: new RegExp(era.traceNumber) })).toHaveCount(1);
  await expectNoSeriousAccessibilityViolations(page);

  await page.goto(`/billing/patients/${clinic.patient.id}`);
  await expect(owed).toHaveText(['$0.00', '$20.00', '$0.00']);
  await expectNoSeriousAccessibilityViolations(page);
});
