import { expect, test, type Page } from '@playwright/test';
import { call, signInAs } from './support/a-clinic-with-a-front-desk';
import { aClinicWithTraining, standingOf } from './support/a-clinic-with-training';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

/** A one-pixel PNG: what a phone photo of the card is to the service, a file whose first bytes say PNG. */
const BLS_CARD_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const chooseCertificate = (page: Page, file: { name: string; mimeType: string; buffer: Buffer }) =>
  page.getByLabel(/^Certificate \(PDF/).setInputFiles(file);

test('a provider uploads her BLS card in My training, the clinic manager looks at it and verifies it, and she is compliant', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithTraining(gatewayUrl());
  const { okafor } = clinic;
  await page.goto('/training');
  await signIn(page, okafor);

  const mine = page.getByRole('table', { name: 'Your requirements, with their status and dates' });
  const bls = mine.getByRole('row', { name: /^BLS certification/ });
  await expect(bls.getByRole('cell').first()).toHaveText('Due');
  // A provider is not offered the manager's pages.
  await expect(page.getByRole('link', { name: 'Training matrix' })).toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('my-training.png'), fullPage: true });

  await bls.getByRole('button', { name: 'Submit a completion of BLS certification' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit a completion of BLS certification' });
  await dialog.getByLabel('Completed on').fill(clinic.today);
  await dialog.getByLabel('Issued by').fill('American Heart Association');
  await dialog.getByLabel('Certificate number').fill('AHA-BLS-20261130');

  await chooseCertificate(page, { name: 'bls-card.pdf', mimeType: 'application/pdf', buffer: Buffer.from('a note') });
  await dialog.getByRole('button', { name: 'Submit for review' }).click();
  await expect(dialog.getByText('This file is not a PDF, PNG or JPEG.')).toBeVisible();
  await expect(page.getByLabel(/^Certificate \(PDF/)).toHaveAttribute('aria-invalid', 'true');

  const oversized = Buffer.concat([BLS_CARD_PNG, Buffer.alloc(600 * 1024)]);
  await chooseCertificate(page, { name: 'bls-card.png', mimeType: 'image/png', buffer: oversized });
  await dialog.getByRole('button', { name: 'Submit for review' }).click();
  await expect(dialog.getByText('This file is larger than 512 KB.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('certificate-refused.png'), fullPage: true });

  await chooseCertificate(page, { name: 'bls-card.png', mimeType: 'image/png', buffer: BLS_CARD_PNG });
  await dialog.getByRole('button', { name: 'Submit for review' }).click();
  await expect(dialog).toBeHidden();
  await expect(bls).toContainText('Awaiting your manager’s review');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto('/training/compliance');
  await signIn(page, clinic.manager);
  const pending = page.getByRole('region', { name: 'Pending verification' });
  await pending.getByRole('button', { name: `Review ${okafor.name}’s BLS certification` }).click();
  const review = page.getByRole('dialog', { name: `${okafor.name}’s BLS certification` });
  await expect(review.getByRole('img', { name: `Certificate uploaded by ${okafor.name}` })).toBeVisible();
  await expect(review).toContainText('AHA-BLS-20261130');
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('review.png'), fullPage: true });
  await review.getByRole('button', { name: 'Verify' }).click();
  await expect(review).toBeHidden();
  await expect(pending).toContainText('No submission waits for review.');

  await page.getByRole('link', { name: 'Training matrix' }).click();
  const matrix = page.getByRole('table', { name: /status on each requirement/ });
  await expect(matrix).toBeVisible();
  const headers = await matrix.getByRole('columnheader').allTextContents();
  await expect(
    matrix
      .getByRole('row', { name: new RegExp(`^${okafor.name}`) })
      .getByRole('cell')
      .nth(headers.indexOf('BLS certification') - 1),
  ).toHaveText('Compliant');
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('matrix-after-verifying.png'), fullPage: true });
});

test('the clinic manager rejects a BLS card she cannot read, with a reason the provider then finds in My training', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithTraining(gatewayUrl());
  const { okafor } = clinic;
  const bls = (await standingOf(gatewayUrl(), okafor.userId, clinic.managerBearer)).find(
    ({ requirementName }) => requirementName === 'BLS certification',
  );
  await call(
    gatewayUrl(),
    'POST',
    '/api/v1/training/completions',
    {
      requirementId: bls?.requirementId,
      completedOn: clinic.today,
      certificate: { contentBase64: BLS_CARD_PNG.toString('base64') },
    },
    await signInAs(gatewayUrl(), okafor.email),
  );

  await page.goto('/training/compliance');
  await signIn(page, clinic.manager);
  await page
    .getByRole('region', { name: 'Pending verification' })
    .getByRole('button', { name: `Review ${okafor.name}’s BLS certification` })
    .click();
  const review = page.getByRole('dialog', { name: `${okafor.name}’s BLS certification` });
  await review.getByLabel('Reason for rejecting').fill('The card is too blurred to read its expiry.');
  await review.getByRole('button', { name: 'Reject' }).click();
  await expect(review).toBeHidden();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await page.goto('/training');
  await signIn(page, okafor);
  const row = page
    .getByRole('table', { name: 'Your requirements, with their status and dates' })
    .getByRole('row', { name: /^BLS certification/ });
  await expect(row).toContainText('Your last submission was rejected: The card is too blurred to read its expiry.');
  await expect(row.getByRole('button', { name: 'Submit a completion of BLS certification' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('rejected.png'), fullPage: true });
});
