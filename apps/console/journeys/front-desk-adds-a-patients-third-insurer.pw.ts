import { expect, test, type Locator, type Page } from '@playwright/test';
import { aClinicWithAFrontDesk, aPatient, call } from './support/a-clinic-with-a-front-desk';
import { expectNoSeriousAccessibilityViolations, pickOption, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

const fillInTheCard = async (page: Page, form: Locator, insurer: string, payerId: string, memberId: string) => {
  await form.getByRole('textbox', { name: 'Insurer' }).fill(insurer);
  await form.getByRole('textbox', { name: 'Payer ID' }).fill(payerId);
  await form.getByRole('textbox', { name: 'Member ID' }).fill(memberId);
  await pickOption(page, form, 'Pays', 'Tertiary');
  await form.getByLabel('Covered from', { exact: true }).fill('2026-01-01');
};

test("the front desk adds a patient's Medicaid card as the third payer, and is refused a second third payer", async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  const patient = await aPatient(gatewayUrl(), clinic.adminBearer, 'Rosa', 'Thirdpayer');
  const card = { subscriber: { relationship: 'self' }, effectiveFrom: '2026-01-01' };
  await call(
    gatewayUrl(),
    'POST',
    `/api/v1/patients/${patient.id}/coverages`,
    { ...card, payerName: 'Aetna', payerId: '60054', memberId: 'W123456789', rank: 'primary' },
    clinic.adminBearer,
  );
  await call(
    gatewayUrl(),
    'POST',
    `/api/v1/patients/${patient.id}/coverages`,
    { ...card, payerName: 'UnitedHealthcare', payerId: '87726', memberId: 'U55501234', rank: 'secondary' },
    clinic.adminBearer,
  );
  await page.goto(`/patients/${patient.id}`);
  await signIn(page, clinic.frontDesk);

  const coverage = page.getByRole('region', { name: 'Coverage' });
  await coverage.getByRole('button', { name: 'Add a coverage…' }).click();
  const form = page.getByRole('form', { name: 'Add a coverage' });
  await fillInTheCard(page, form, 'Illinois Medicaid', 'SKIL0', 'M44556677');
  await expectNoSeriousAccessibilityViolations(page);
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(form).toBeHidden();
  await expect(coverage.getByRole('row')).toHaveText([
    /Rank.*Payer.*Member ID/,
    /Primary.*Aetna \(60054\).*W123456789/,
    /Secondary.*UnitedHealthcare \(87726\).*U55501234/,
    /Tertiary.*Illinois Medicaid \(SKIL0\).*M44556677.*The patient/,
  ]);
  await page.screenshot({ path: testInfo.outputPath('third-payer-added.png'), fullPage: true });

  // One payer per rank at a time: a second third payer for the same months is refused, and nothing is added.
  await coverage.getByRole('button', { name: 'Add a coverage…' }).click();
  await fillInTheCard(page, form, 'Tricare', '99726', 'T99887766');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('Nothing was saved: the patient already has tertiary coverage');
  await expectNoSeriousAccessibilityViolations(page);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(coverage.getByRole('row')).toHaveCount(4);
});
