import { expect, test } from '@playwright/test';
import { aCheckedInVisit, aClinicWithBilling, completeVisit } from './support/a-clinic-with-billing';
import { choose, expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

/** A test number the sandbox processor declines, as card processors publish them, and one it approves. */
const DECLINED_CARD = '4000000000000002';
const GOOD_CARD = '4242424242424242';

test('the billing clerk takes a co-pay at check-in from the flow board, by a card declined then one approved, and sees it paid off the visit once its charges post', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithBilling(gatewayUrl());
  const sam = clinic.patient;
  const visitId = await aCheckedInVisit(gatewayUrl(), clinic, sam.id);
  await page.goto('/');
  await signIn(page, clinic.clerk);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Flow board' }).click();

  const samsVisit = page.getByRole('row', { name: new RegExp(sam.listedAs) });
  await expect(samsVisit.getByRole('cell')).toContainText(['Dr Ada Okafor', 'Checked in']);
  await samsVisit.getByRole('button', { name: `Take a co-pay from ${sam.listedAs}` }).click();
  const panel = page.getByRole('dialog', { name: `Visit of ${sam.listedAs}` });
  const copay = panel.getByRole('form', { name: 'Take a co-pay' });
  await copay.getByRole('textbox', { name: 'Amount (USD)' }).fill('25');
  await choose(page, copay.getByRole('radio', { name: 'Card' }));
  await copay.getByRole('textbox', { name: 'Card number' }).fill(DECLINED_CARD);
  await copay.getByRole('textbox', { name: 'Expiry (MM/YY)' }).fill('12/30');
  await copay.getByRole('textbox', { name: 'Security code' }).fill('123');
  await copay.getByRole('button', { name: 'Take the co-pay' }).click();
  await expect(copay.getByRole('alert')).toHaveText(
    'The co-pay was not taken: the card was declined: the card issuer declined it.',
  );
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('card-declined.png'), fullPage: true });

  await copay.getByRole('textbox', { name: 'Card number' }).fill(GOOD_CARD);
  await copay.getByRole('button', { name: 'Take the co-pay' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Co-pay' })).toHaveText(
    `Co-pay of $25.00 taken from ${sam.listedAs} by visa ending 4242.`,
  );
  await expect(copay).toBeHidden();
  await panel.getByRole('button', { name: 'Close' }).click();

  // The provider finishes the visit; the clerk releases its charge and the co-pay pays part of it.
  await completeVisit(gatewayUrl(), clinic, visitId, [{ code: '99213', units: 1 }]);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Charge review' }).click();
  await choose(page, page.getByRole('radio', { name: 'Ready' }));
  await page.getByRole('button', { name: `Review the charges of ${sam.listedAs}` }).click();
  const review = page.getByRole('dialog', { name: `Charges of ${sam.listedAs}` });
  await review.getByRole('button', { name: 'Release charges' }).click();
  await expect(review.getByRole('status')).toHaveText('Released: 1 charge posted.');
  await review.getByRole('link', { name: sam.listedAs }).click();

  const balance = page.getByRole('table', { name: 'What is owed, by who is expected to pay it' });
  await expect(balance.getByRole('row', { name: /^USD/ }).getByRole('cell')).toHaveText(['$0.00', '$100.00', '$0.00']);
  const payments = page.getByRole('table', { name: 'Payments from the patient and where they went' });
  await expect(payments.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'visa ending 4242 (co-pay)',
    '$25.00',
    '$25.00',
    '$0.00',
    '$0.00',
    'Refund…',
  ]);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('co-pay-applied.png'), fullPage: true });
});
