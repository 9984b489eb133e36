import { expect, test } from '@playwright/test';
import { aClinicWithClaims, setTheSandboxRules, submitTheReadyClaims } from './support/a-clinic-with-claims';
import { anAcceptedClaimAndItsEra, deniedFor, postTheEra } from './support/an-era';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

test('the billing clerk corrects a denied claim', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await setTheSandboxRules();
  const clinic = await aClinicWithClaims(gatewayUrl());
  const sam = clinic.patient;
  const { claim, era } = await anAcceptedClaimAndItsEra(gatewayUrl(), clinic, deniedFor('16'));
  await postTheEra(gatewayUrl(), clinic, era);
  await page.goto('/denials');
  await signIn(page, clinic.clerk);
  await expect(page.getByRole('heading', { name: 'Denials' })).toBeVisible();

  const lacksInformation = page.getByRole('table', {
    name: 'CO-16: Claim/service lacks information or has submission/billing error(s).',
  });
  // The denial reaches the worklist once claims has recorded the payer's decision it announced.
  await expect(async () => {
    await page.reload();
    await expect(lacksInformation.getByRole('row', { name: new RegExp(sam.listedAs) })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('denials-by-reason.png'), fullPage: true });

  await lacksInformation
    .getByRole('button', { name: `Work the denial of ${sam.listedAs}’s claim ${claim.patientControlNumber}` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Denied claim ${claim.patientControlNumber} of ${sam.listedAs}` });
  await dialog.getByRole('button', { name: 'Correct and resubmit…' }).click();
  await dialog.getByLabel('What was corrected').fill('The visit note now supports the diagnosis');
  await expectNoSeriousAccessibilityViolations(page);
  await dialog.getByRole('button', { name: 'Correct and resubmit', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('A replacement claim was made', { timeout: 30_000 });
  await dialog.getByRole('link', { name: 'Open the new claim' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await page.goto('/claims?status=ready');
  await expect(
    page.getByRole('table', { name: 'Claims that are ready' }).getByRole('row', { name: new RegExp(sam.listedAs) }),
  ).toBeVisible();
  const sent = await submitTheReadyClaims(page, sam.listedAs, 'Accepted');
  await sent.getByRole('link', { name: sam.listedAs }).click();
  await page.getByRole('link', { name: 'The claim file it was sent in' }).click();
  await page.getByRole('button', { name: 'View the X12' }).click();
  // A replacement (frequency 7) names the claim it replaces by the payer's own number.
  const file = page.getByRole('region', { name: 'The 837P file as sent' });
  await expect(file).toContainText(`CLM*${claim.patientControlNumber}*125*`);
  await expect(file).toContainText(`REF*F8*${claim.payerClaimControlNumber}`);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('replacement-accepted.png'), fullPage: true });
});
