import { expect, test, type Page } from '@playwright/test';
import { aClinicWithAFrontDesk, aPatient, type ClinicWithAFrontDesk } from './support/a-clinic-with-a-front-desk';
import { aVisitLaterToday, aZoneWithTimeLeftToday } from './support/a-visit-today';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';
const UNDO_WINDOW_MS = 5_000;

const openTheFlowBoard = async (page: Page, clinic: ClinicWithAFrontDesk) => {
  await page.goto('/');
  await signIn(page, clinic.frontDesk);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Flow board' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`^Flow board — ${clinic.location.name}`) })).toBeVisible();
};

test('the front desk checks a patient in from the flow board, sees them waiting, cancels another visit with a reason, and completes the first with codes', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl(), { timeZone: aZoneWithTimeLeftToday() });
  const [okafor, castillo] = clinic.providers;
  const robin = await aPatient(gatewayUrl(), clinic.adminBearer, 'Robin', 'Flow');
  await aVisitLaterToday(gatewayUrl(), clinic, okafor.id, clinic.patient.id);
  await aVisitLaterToday(gatewayUrl(), clinic, castillo.id, robin.id);
  await page.clock.install();
  await openTheFlowBoard(page, clinic);

  const samsVisit = page.getByRole('row', { name: new RegExp(clinic.patient.listedAs) });
  const robinsVisit = page.getByRole('row', { name: new RegExp(robin.listedAs) });
  await expect(samsVisit.getByRole('cell')).toContainText(['Dr Ada Okafor', 'Office visit', 'Booked']);
  await expect(robinsVisit.getByRole('cell')).toContainText(['Dr Ben Castillo', 'Office visit', 'Booked']);
  await expect(page.getByText(`Times in ${clinic.location.timeZone}`)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  // A slip of the hand is taken back before anything reaches the service.
  await samsVisit.getByRole('button', { name: 'Mark no-show' }).click();
  await samsVisit.getByRole('button', { name: 'Undo' }).click();
  await page.clock.runFor(UNDO_WINDOW_MS);
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toHaveText(
    `Undone: nothing was changed for ${clinic.patient.listedAs}.`,
  );
  await expect(samsVisit.getByRole('cell')).toContainText(['Booked', '—']);

  // The service's own rule, in its words, beside the visit it refused.
  await samsVisit.getByRole('button', { name: 'Mark no-show' }).click();
  await page.clock.runFor(UNDO_WINDOW_MS);
  await expect(samsVisit.getByRole('alert')).toContainText(
    'The visit was not marked as no-show: a patient can be marked as a no-show only after the visit has started',
  );
  await samsVisit.getByRole('button', { name: 'Dismiss' }).click();

  await samsVisit.getByRole('button', { name: 'Check in' }).focus();
  await page.keyboard.press('Enter');
  await expect(samsVisit.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.clock.runFor(UNDO_WINDOW_MS);
  await expect(samsVisit.getByRole('cell')).toContainText(['Checked in', /^Waiting \d+ min$/]);
  await expect(page.getByRole('status').filter({ hasText: 'Checked in' })).toHaveText(
    `Checked in ${clinic.patient.listedAs}.`,
  );
  await page.clock.fastForward('10:00');
  await expect(samsVisit.getByRole('cell')).toContainText(['Checked in', /^Waiting 1\d min$/]);
  await page.screenshot({ path: testInfo.outputPath('patient-waiting.png'), fullPage: true });

  await robinsVisit.getByRole('button', { name: `Open the visit of ${robin.listedAs}` }).click();
  const panel = page.getByRole('dialog', { name: `Visit of ${robin.listedAs}` });
  await expect(panel.getByRole('definition')).toContainText([
    robin.listedAs,
    'Dr Ben Castillo',
    `(${clinic.location.timeZone})`,
    'Office visit',
    'Booked',
  ]);
  await panel.getByRole('button', { name: 'Cancel visit…' }).click();
  await panel.getByRole('textbox', { name: 'Reason for cancelling' }).fill('Patient called: car trouble');
  await expectNoSeriousAccessibilityViolations(page);
  await panel.getByRole('button', { name: 'Cancel the visit' }).click();
  await page.clock.runFor(UNDO_WINDOW_MS);
  await expect(panel.getByRole('definition').last()).toHaveText('Cancelled: Patient called: car trouble');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(robinsVisit.getByRole('cell')).toContainText(['Cancelled']);
  await expect(robinsVisit.getByRole('button', { name: 'Check in' })).toBeDisabled();

  // The day calendar shows the same statuses, and a visit there opens the same panel.
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Day calendar' }).click();
  const day = page.getByRole('grid');
  await expect(day.getByText('Cancelled')).toBeVisible();
  await day.getByRole('button', { name: clinic.patient.listedAs }).click();
  const samsPanel = page.getByRole('dialog', { name: `Visit of ${clinic.patient.listedAs}` });
  await expect(samsPanel.getByRole('definition').last()).toHaveText('Checked in');
  await expect(samsPanel.getByRole('button', { name: 'Complete visit…' })).toBeEnabled();
  await expect(samsPanel.getByRole('button', { name: 'Check in' })).toBeDisabled();

  await samsPanel.getByRole('button', { name: 'Complete visit…' }).click();
  const completion = samsPanel.getByRole('form', { name: 'Complete the visit' });
  await completion.getByRole('textbox', { name: 'Diagnoses (ICD-10-CM)' }).fill('J06.9');
  const procedure = completion.getByRole('textbox', { name: 'Code (CPT/HCPCS)' });
  await procedure.fill('9921');
  await completion.getByRole('button', { name: 'Complete the visit' }).click();
  await page.clock.runFor(UNDO_WINDOW_MS);
  await expect(procedure).toHaveAttribute('aria-invalid', 'true');
  await expect(completion.getByText('code must be a CPT or HCPCS code')).toBeVisible();
  await procedure.fill('99213');
  await completion.getByRole('button', { name: 'Complete the visit' }).click();
  await page.clock.runFor(UNDO_WINDOW_MS);
  await expect(samsPanel.getByRole('definition').last()).toHaveText('Completed — diagnoses J06.9; procedures 99213');
});
