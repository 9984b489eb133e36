import { expect, test } from '@playwright/test';
import { aClinicWithBilling, aReleasedOfficeVisit } from './support/a-clinic-with-billing';
import { choose, expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

test('the billing clerk posts a mailed check to the visits she chooses, keeps the rest as credit, applies the credit to the oldest visit and refunds what was overpaid', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithBilling(gatewayUrl());
  const sam = clinic.patient;
  const [okafor, castillo] = clinic.providers;
  await aReleasedOfficeVisit(gatewayUrl(), clinic, sam.id, okafor.id);
  await aReleasedOfficeVisit(gatewayUrl(), clinic, sam.id, castillo.id);
  await page.goto('/');
  await signIn(page, clinic.clerk);

  await page.getByRole('button', { name: /^Find a patient/ }).click();
  const search = page.getByRole('dialog', { name: 'Find a patient' });
  await expect(search.getByRole('searchbox', { name: 'Name, date of birth or phone' })).toBeFocused();
  await page.keyboard.type(sam.listedAs);
  await expect(search.getByRole('option', { name: new RegExp(`^${sam.listedAs}`) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Billing account: balance and charges' }).click();
  const balance = page.getByRole('table', { name: 'What is owed, by who is expected to pay it' });
  await expect(balance.getByRole('row', { name: /^USD/ }).getByRole('cell')).toHaveText(['$0.00', '$250.00', '$0.00']);

  await page.getByRole('button', { name: 'Post a payment…' }).click();
  const dialog = page.getByRole('dialog', { name: `Post a payment from ${sam.listedAs}` });
  await dialog.getByRole('textbox', { name: 'Amount (USD)' }).fill('150.999');
  await choose(page, dialog.getByRole('radio', { name: 'Check' }));
  await dialog.getByRole('textbox', { name: 'Check number' }).fill('1043');
  await dialog.getByRole('button', { name: 'Post the payment' }).click();
  await expect(dialog.getByText('Enter the amount received, such as 25.00.')).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Amount (USD)' }).fill('150');
  await choose(page, dialog.getByRole('radio', { name: 'Chosen visits' }));
  const toCastillo = dialog.getByRole('textbox', { name: /with Dr Ben Castillo$/ });
  await toCastillo.fill('200');
  await dialog.getByRole('button', { name: 'Post the payment' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The payment was not posted:');
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('over-applied.png'), fullPage: true });

  await toCastillo.fill('100');
  await dialog.getByRole('button', { name: 'Post the payment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Posted' })).toHaveText(
    'Posted $150.00 by check 1043: $100.00 applied, $50.00 kept as credit.',
  );
  await expect(balance.getByRole('row', { name: /^USD/ }).getByRole('cell')).toHaveText(['$0.00', '$150.00', '$50.00']);

  const payments = page.getByRole('table', { name: 'Payments from the patient and where they went' });
  await payments.getByRole('button', { name: 'Apply the credit of $50.00 from check 1043' }).click();
  const apply = page.getByRole('dialog', { name: 'Apply $50.00 of credit' });
  await expect(apply.getByRole('radio', { name: 'Oldest visits first' })).toBeChecked();
  await expectNoSeriousAccessibilityViolations(page);
  await apply.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Applied' })).toHaveText(
    'Applied $50.00 of credit; $0.00 left.',
  );
  await expect(balance.getByRole('row', { name: /^USD/ }).getByRole('cell')).toHaveText(['$0.00', '$100.00', '$0.00']);
  await expect(payments.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'check 1043',
    '$150.00',
    '$150.00',
    '$0.00',
    '$0.00',
    'Refund…',
  ]);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('check-applied.png'), fullPage: true });

  // The patient overpaid by mistake: part of the check goes back, and the newest visit it paid owes that again.
  await payments.getByRole('button', { name: 'Refund the payment by check 1043' }).click();
  const refund = page.getByRole('dialog', { name: 'Refund a payment by check 1043' });
  await refund.getByRole('textbox', { name: 'Amount (USD)' }).fill('200');
  await refund.getByRole('textbox', { name: 'Reason for the refund' }).fill('Paid twice for the same visit');
  await refund.getByRole('button', { name: 'Refund' }).click();
  await expect(refund.getByRole('alert')).toContainText('Nothing was refunded: only 150.00 USD');
  await expectNoSeriousAccessibilityViolations(page);
  await refund.getByRole('textbox', { name: 'Amount (USD)' }).fill('20');
  await refund.getByRole('button', { name: 'Refund' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Refunded' })).toHaveText('Refunded $20.00 by check 1043.');
  await expect(balance.getByRole('row', { name: /^USD/ }).getByRole('cell')).toHaveText(['$0.00', '$120.00', '$0.00']);
  await expect(payments.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'check 1043',
    '$150.00',
    '$130.00',
    '$20.00',
    '$0.00',
    'Refund…',
  ]);

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Day sheet' }).click();
  const sheet = page.getByRole('table', { name: /^Postings by day/ });
  await expect(sheet.getByRole('row', { name: /Patient payments/ }).getByRole('cell')).toContainText([
    'Patient payments',
    'Check',
    'You',
  ]);
  await expect(sheet.getByRole('row', { name: /Refunds/ }).getByRole('cell')).toContainText([
    'Refunds',
    'Check',
    'You',
  ]);
  // What the desk took in that day: the check, less what went back.
  await expect(
    sheet
      .getByRole('row', { name: /^Totals/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('$130.00');
});
