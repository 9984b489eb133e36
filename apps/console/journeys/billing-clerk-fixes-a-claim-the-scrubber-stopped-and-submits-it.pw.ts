import { expect, test } from '@playwright/test';
import {
  aClinicWithClaims,
  anInsuredVisitReleased,
  setTheSandboxRules,
  submitTheReadyClaims,
} from './support/a-clinic-with-claims';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

test('the billing clerk fixes a claim the scrubber stopped and submits it', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await setTheSandboxRules();
  const clinic = await aClinicWithClaims(gatewayUrl());
  const sam = clinic.patient;
  await anInsuredVisitReleased(gatewayUrl(), clinic);
  await page.goto('/');
  await signIn(page, clinic.clerk);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Claims' }).click();

  const needsFix = page.getByRole('table', { name: 'Claims that need fixing' });
  const samsClaim = needsFix.getByRole('row', { name: new RegExp(sam.listedAs) });
  await expect(samsClaim).toContainText('Payer 60054');
  await expect(samsClaim.getByRole('listitem')).toHaveCount(4);
  await expectNoSeriousAccessibilityViolations(page);

  await samsClaim.getByRole('link', { name: sam.listedAs }).focus();
  await page.keyboard.press('Enter');
  const stops = page.getByRole('region', { name: 'What stops this claim' });
  await expect(stops.getByRole('listitem')).toHaveCount(4);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('claim-needs-fix.png'), fullPage: true });

  // The profile the scrubber names is completed where it is kept, and the clerk comes back to the claim.
  await stops.getByRole('link', { name: 'Fix the billing profile' }).first().click();
  const profile = page.getByRole('form', { name: 'Billing profile' });
  await profile.getByRole('textbox', { name: 'Tax id (EIN)' }).fill('12-3456789');
  await profile.getByRole('textbox', { name: 'Taxonomy code' }).fill('207q00000x');
  await profile.getByRole('textbox', { name: 'Street address' }).fill('100 Main St');
  await profile.getByRole('textbox', { name: 'City' }).fill('Springfield');
  await profile.getByRole('textbox', { name: 'State' }).fill('IL');
  await profile.getByRole('textbox', { name: 'ZIP code' }).fill('62701-1234');
  await profile.getByRole('textbox', { name: 'Submitter id at the clearinghouse' }).fill(clinic.submitterId);
  await profile.getByRole('textbox', { name: 'Clearinghouse receiver id' }).fill('PRAXISSANDBOX');
  await expectNoSeriousAccessibilityViolations(page);
  await profile.getByRole('button', { name: 'Save the billing profile' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The billing profile is saved. Scrub the claims that named it again.' }),
  ).toBeVisible();
  await page.goBack();

  await stops.getByRole('link', { name: 'Set up payer 60054' }).click();
  const payer = page.getByRole('form', { name: 'Add a payer' });
  await expect(payer.getByRole('textbox', { name: 'Electronic payer id' })).toHaveValue('60054');
  await payer.getByRole('textbox', { name: 'Payer name' }).fill('Aetna');
  await payer.getByRole('button', { name: /Kind of plan/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Commercial insurance (CI)' }).click();
  await payer.getByRole('textbox', { name: 'Street address' }).fill('PO Box 981106');
  await payer.getByRole('textbox', { name: 'City' }).fill('El Paso');
  await payer.getByRole('textbox', { name: 'State' }).fill('TX');
  await payer.getByRole('textbox', { name: 'ZIP code' }).fill('79998');
  await expectNoSeriousAccessibilityViolations(page);
  await payer.getByRole('button', { name: 'Save the payer' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Aetna is saved. Scrub its claims again to see them ready.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Payers of the clinic' }).getByRole('row', { name: /Aetna/ }),
  ).toContainText('Commercial insurance (CI)');
  await page.goBack();

  // The claim's own fix: a second diagnosis the line also treats; saving scrubs the claim again.
  await page.getByRole('button', { name: 'Fix diagnoses and pointers…' }).click();
  const fix = page.getByRole('form', { name: 'Fix diagnoses and pointers' });
  await fix.getByRole('textbox', { name: 'Diagnoses in order (ICD-10-CM)' }).fill('J06.9, r05.9');
  await fix.getByRole('textbox', { name: 'Line 1 (99213) points to diagnoses' }).fill('1, x');
  await fix.getByRole('button', { name: 'Save and scrub again' }).click();
  await expect(fix.getByText('Enter the positions of the diagnoses this line treats, such as 1, 2.')).toBeVisible();
  await fix.getByRole('textbox', { name: 'Line 1 (99213) points to diagnoses' }).fill('1, 2');
  await fix.getByRole('button', { name: 'Save and scrub again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved and scrubbed again.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What stops this claim' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Diagnoses in claim order' }).getByRole('listitem')).toHaveText([
    'J06.9',
    'R05.9',
  ]);
  await expect(page.getByRole('table', { name: 'Service lines' }).getByRole('row', { name: /^1 / })).toContainText(
    '1 (J06.9), 2 (R05.9)',
  );
  await expect(page.getByRole('table', { name: 'History' }).getByRole('row').last()).toContainText('Ready');
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('navigation', { name: 'Claims' }).getByRole('link', { name: 'Worklist' }).click();
  const sent = await submitTheReadyClaims(page, sam.listedAs, 'Accepted');
  await expect(
    page.getByRole('status').filter({ hasText: /^Claim file \d+: Sent to the clearinghouse$/ }),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('submitted.png'), fullPage: true });

  await sent.getByRole('link', { name: sam.listedAs }).click();
  const claimNumber = (await page.getByRole('heading', { level: 1 }).textContent())?.replace('Claim ', '') ?? '';
  await page.getByRole('link', { name: 'The claim file it was sent in' }).click();
  await page.getByRole('button', { name: 'View the X12' }).click();
  const file = page.getByRole('region', { name: 'The 837P file as sent' });
  await expect(file).toContainText(`CLM*${claimNumber}*125*`);
  await expect(file).toContainText('NM1*IL*1*');
  await expectNoSeriousAccessibilityViolations(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the X12' }).click();
  expect((await download).suggestedFilename()).toMatch(/^claims-\d+\.x12$/);
});
