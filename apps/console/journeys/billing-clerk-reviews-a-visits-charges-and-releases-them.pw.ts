import { expect, test } from '@playwright/test';
import { aClinicWithBilling, aCompletedVisit } from './support/a-clinic-with-billing';
import { choose, expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

test('the billing clerk reviews a visit’s charges, prices the line the fee schedule lacks, holds and resumes it, and releases them to the patient’s account', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithBilling(gatewayUrl());
  const sam = clinic.patient;
  await aCompletedVisit(gatewayUrl(), clinic, sam.id, [
    { code: '99213', units: 1 },
    { code: '96372', units: 2 },
  ]);
  await page.goto('/');
  await signIn(page, clinic.clerk);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Charge review' }).click();

  const worklist = page.getByRole('table', { name: /^Visits that are needs review/ });
  const samsVisit = worklist.getByRole('row', { name: new RegExp(sam.listedAs) });
  await expect(samsVisit.getByRole('cell')).toContainText([
    'Dr Ada Okafor',
    'Patient',
    'Not yet priced',
    'Needs review',
  ]);
  await expectNoSeriousAccessibilityViolations(page);

  await samsVisit.getByRole('button', { name: `Review the charges of ${sam.listedAs}` }).focus();
  await page.keyboard.press('Enter');
  const review = page.getByRole('dialog', { name: `Charges of ${sam.listedAs}` });
  const lines = review.getByRole('table', { name: 'Procedure lines' });
  await expect(lines.getByRole('row', { name: /^1 / }).getByRole('cell')).toHaveText([
    '99213',
    '1',
    'J06.9',
    '$125.00',
    '$125.00',
  ]);
  await expect(review.getByRole('button', { name: 'Release charges' })).toBeDisabled();

  // What the clerk typed wrong, and what the service refused, are both said in words beside the field.
  await review.getByRole('button', { name: 'Price line 2, 96372' }).click();
  const pricing = review.getByRole('form', { name: 'Price line 2' });
  await pricing.getByRole('textbox', { name: 'Unit price (USD)' }).fill('12.345');
  await pricing.getByRole('button', { name: 'Price the line' }).click();
  await expect(pricing.getByText('Enter the price of one unit, such as 125.00.')).toBeVisible();
  await choose(page, pricing.getByRole('radio', { name: 'A corrected code' }));
  await pricing.getByRole('textbox', { name: 'Corrected code (CPT/HCPCS)' }).fill('99214');
  await pricing.getByRole('button', { name: 'Price the line' }).click();
  const code = pricing.getByRole('textbox', { name: 'Corrected code (CPT/HCPCS)' });
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(pricing.getByText('99214 has no price on the date of service')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('pricing-refused.png'), fullPage: true });

  await choose(page, pricing.getByRole('radio', { name: 'A unit price' }));
  await pricing.getByRole('textbox', { name: 'Unit price (USD)' }).fill('25');
  await pricing.getByRole('button', { name: 'Price the line' }).click();
  await expect(lines.getByRole('row', { name: /^2 / }).getByRole('cell')).toHaveText([
    '96372',
    '2',
    'J06.9',
    '$25.00',
    '$50.00',
  ]);
  await expect(lines.getByRole('row', { name: /^Total/ })).toContainText('$175.00');
  await expect(review.getByRole('definition').last()).toHaveText('Ready');

  await review.getByRole('button', { name: 'Hold…' }).click();
  await review.getByRole('textbox', { name: 'Reason for holding' }).fill('Waiting for the provider to confirm units');
  await review.getByRole('button', { name: 'Hold the visit' }).click();
  await expect(review.getByRole('definition').last()).toHaveText('On hold Waiting for the provider to confirm units');
  await expect(review.getByRole('button', { name: 'Release charges' })).toBeDisabled();
  await review.getByRole('button', { name: 'Resume' }).click();
  await expect(review.getByRole('definition').last()).toHaveText('Ready');

  await review.getByRole('button', { name: 'Release charges' }).click();
  await expect(review.getByRole('status')).toHaveText('Released: 2 charges posted.');
  await expect(review.getByRole('definition').last()).toHaveText('Released');
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('released.png'), fullPage: true });
  await review.getByRole('button', { name: 'Close' }).click();

  await choose(page, page.getByRole('radio', { name: 'Released' }));
  const released = page.getByRole('table', { name: /^Visits that are released/ });
  await expect(released.getByRole('row', { name: new RegExp(sam.listedAs) }).getByRole('cell')).toContainText([
    '$175.00',
    'Released',
  ]);

  await released.getByRole('button', { name: `Review the charges of ${sam.listedAs}` }).click();
  await page.getByRole('dialog').getByRole('link', { name: sam.listedAs }).click();
  await expect(page.getByRole('heading', { name: `Account of ${sam.listedAs}` })).toBeVisible();
  const balance = page.getByRole('table', { name: 'What is owed, by who is expected to pay it' });
  await expect(balance.getByRole('row', { name: /^USD/ }).getByRole('cell')).toHaveText(['$0.00', '$175.00', '$0.00']);
  await expect(
    page
      .getByRole('table', { name: /^Completed visits/ })
      .getByRole('row')
      .nth(1)
      .getByRole('cell'),
  ).toContainText(['Dr Ada Okafor', 'Patient', '$175.00', 'Released']);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('patient-account.png'), fullPage: true });

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Day sheet' }).click();
  const sheet = page.getByRole('table', { name: /^Postings by day/ });
  await expect(sheet.getByRole('row', { name: /Charges/ }).getByRole('cell')).toHaveText([
    'Charges',
    '—',
    'You',
    '2',
    '$175.00',
    '$0.00',
  ]);
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'A/R aging' }).click();
  const byPatient = page.getByRole('table', { name: 'Patient receivables by patient' });
  await expect(byPatient.getByRole('row', { name: new RegExp(sam.listedAs) }).getByRole('cell')).toHaveText([
    '$175.00',
    '$0.00',
    '$0.00',
    '$0.00',
    '$0.00',
    '$175.00',
  ]);
  await expectNoSeriousAccessibilityViolations(page);
});
