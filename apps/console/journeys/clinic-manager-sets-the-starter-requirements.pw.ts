import { expect, test, type Locator } from '@playwright/test';
import { aClinicWithTraining } from './support/a-clinic-with-training';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

/** A staff member's cell in a requirement's column, found by the column's header as a reader of the table would. */
const matrixCell = async (matrix: Locator, person: string, requirement: string) => {
  const headers = await matrix.getByRole('columnheader').allTextContents();
  return matrix
    .getByRole('row', { name: new RegExp(`^${person}`) })
    .getByRole('cell')
    .nth(headers.indexOf(requirement) - 1);
};

const STARTER_CATALOGUE = [
  'OSHA bloodborne pathogens',
  'HIPAA privacy',
  'HIPAA security awareness',
  'BLS certification',
  'State licence',
];

test('the clinic manager finds the starter requirements, asks the front desk for BLS yearly too, and sees the matrix and dashboard follow', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithTraining(gatewayUrl());
  await page.goto('/training/requirements');
  await signIn(page, clinic.manager);

  const requirements = page.getByRole('table', { name: 'Requirements of the clinic' });
  for (const name of STARTER_CATALOGUE) await expect(requirements.getByRole('rowheader', { name })).toBeVisible();
  const bls = requirements.getByRole('row', { name: /^BLS certification/ });
  await expect(bls.getByRole('cell')).toHaveText(['Provider', 'Every 24 months', '0 days', '30 days', 'Yes', 'Edit']);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('starter-requirements.png'), fullPage: true });

  await bls.getByRole('button', { name: 'Edit BLS certification' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit BLS certification' });
  await editor.getByRole('checkbox', { name: 'Front desk' }).focus();
  await page.keyboard.press('Space');
  await editor.getByLabel('Every (months)').fill('12');
  await editor.getByLabel('Grace (days)').fill('14');
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('requirement-editor.png'), fullPage: true });
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(bls.getByRole('cell')).toHaveText([
    'Front desk, Provider',
    'Every 12 months',
    '14 days',
    '30 days',
    'Yes',
    'Edit',
  ]);

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Training matrix' }).click();
  const matrix = page.getByRole('table', { name: /status on each requirement/ });
  // Training reassigns everyone after the change; the matrix shows it once the front desk is asked for BLS too.
  await expect(async () => {
    await page.reload();
    const frontDesk = await matrixCell(matrix, 'Frankie Desk', 'BLS certification');
    await expect(frontDesk).toHaveText(/^(Due|Not started)$/, { timeout: 1_000 });
  }).toPass();
  await expect(await matrixCell(matrix, 'Morgan Manager', 'BLS certification')).toHaveText('Not required');
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('matrix.png'), fullPage: true });

  await page.getByRole('link', { name: 'Training compliance' }).click();
  const shares = page.getByRole('table', { name: 'Staff compliant on every requirement' });
  await expect(shares.getByRole('row', { name: /^Role: Front desk/ }).getByRole('cell')).toHaveText(['0%', '0 of 1']);
  const expiring = page.getByRole('region', { name: 'Expiring' });
  await expiring.getByRole('radio', { name: '60 days' }).focus();
  await page.keyboard.press('Space');
  await expect(expiring.getByText('Nothing expires within 60 days.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('compliance-dashboard.png'), fullPage: true });
});
