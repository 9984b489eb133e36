import { expect, test } from '@playwright/test';
import { aClinicWithClaims, setTheSandboxRules } from './support/a-clinic-with-claims';
import {
  anAcceptedClaimAndItsEra,
  expectTheAccountToOwe,
  keyedAgainByThePayer,
  PAID_AT_EIGHTY_PERCENT,
  previewTheEra,
} from './support/an-era';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

test('the billing clerk matches an unmatched payment by hand', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await setTheSandboxRules();
  const clinic = await aClinicWithClaims(gatewayUrl());
  const sam = clinic.patient;
  const { claim, echo, era } = await anAcceptedClaimAndItsEra(
    gatewayUrl(),
    clinic,
    PAID_AT_EIGHTY_PERCENT,
    keyedAgainByThePayer,
  );
  const whyItWaits = `no claim awaiting the payer's decision has patient control number ${echo.patientControlNumber} or payer claim number ${echo.payerClaimControlNumber}`;
  await page.goto('/remittances/upload');
  await signIn(page, clinic.clerk);

  // The payer's 835 names none of the clinic's claims: the file is posted, the claim payment waits for the clerk.
  await previewTheEra(page, era, 'aetna.835');
  await page.getByRole('button', { name: 'Post the ERA' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Posted 1 of 1 payments.' })).toBeVisible();
  const posted = page.getByRole('region', { name: 'What was posted' });
  await expect(posted).toContainText(`Claim ${echo.patientControlNumber} (no claim of the clinic matched)`);
  await expect(posted).toContainText(`Waiting for a clerk to name its claim: ${whyItWaits}`);

  await page.getByRole('navigation', { name: 'Claims' }).getByRole('link', { name: 'Unmatched payments' }).click();
  const waiting = page.getByRole('region', { name: `Payment for claim ${echo.patientControlNumber}` });
  await expect(waiting.getByRole('heading', { name: `Claim ${echo.patientControlNumber} from AETNA` })).toBeVisible();
  await expect(waiting.getByRole('definition')).toContainText([era.traceNumber, '$125.00', '$80.00', whyItWaits]);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('unmatched-payment.png'), fullPage: true });

  const match = waiting.getByRole('form', { name: `Match the payment for claim ${echo.patientControlNumber}` });
  await expect(match.getByRole('button', { name: 'Match and post' })).toBeDisabled();
  await match.getByRole('button', { name: /The claim it pays/ }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('option', { name: new RegExp(`^${sam.listedAs}, .+, claim ${claim.patientControlNumber}$`) })
    .click();
  await expectNoSeriousAccessibilityViolations(page);
  await match.getByRole('button', { name: 'Match and post' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'is posted to' })).toHaveText(
    new RegExp(
      `^The payment for claim ${echo.patientControlNumber} is posted to ${sam.listedAs}, .+, claim ${claim.patientControlNumber}\\.$`,
    ),
  );
  await expect(waiting).toHaveCount(0);
  await expect(page.getByText('Every payment received has been matched to its claim.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('payment-matched.png'), fullPage: true });

  await expect(page.getByRole('link', { name: 'Open the claim it paid' })).toHaveAttribute(
    'href',
    `/claims/${claim.id}`,
  );

  await page.getByRole('link', { name: `Open the remittance ${era.traceNumber}` }).click();
  const payment = page.getByRole('region', { name: `Claim ${echo.patientControlNumber}` });
  await expect(payment).toContainText('Posted');
  await expectNoSeriousAccessibilityViolations(page);
  await payment.getByRole('link', { name: `Claim ${echo.patientControlNumber}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Claim ${claim.patientControlNumber}` })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^Paid$/ })).toBeVisible();
  const lastChange = page.getByRole('table', { name: 'History' }).getByRole('row').last();
  await expect(lastChange.getByRole('rowheader')).toHaveText('paid by the payer');
  await expect(lastChange.getByRole('cell')).toContainText(['Accepted to Paid', 'You']);

  await expectTheAccountToOwe(page, sam.id, ['$0.00', '$20.00', '$0.00']);
});
