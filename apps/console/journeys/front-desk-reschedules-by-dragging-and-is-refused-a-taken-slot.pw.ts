import { expect, test } from '@playwright/test';
import {
  aClinicWithAFrontDesk,
  anOfficeVisit,
  aPatient,
  type ClinicWithAFrontDesk,
} from './support/a-clinic-with-a-front-desk';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';
import { cellAt } from './support/day-grid';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

/** An office visit on the clinic's day at a time on the location's clock (`09:30`). */
const aVisitAt = (clinic: ClinicWithAFrontDesk, providerId: string, patientId: string, localTime: string) =>
  anOfficeVisit(gatewayUrl(), clinic, {
    providerId,
    patientId,
    day: clinic.day,
    at: (start) => start.localTime === localTime,
  });

test('the front desk drags a visit into another provider’s free time, and a visit dropped on a taken time snaps back with the reason and other times', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  const [okafor, castillo] = clinic.providers;
  const early = clinic.patient;
  const later = await aPatient(gatewayUrl(), clinic.adminBearer, 'Lou', 'Move');
  const settled = await aPatient(gatewayUrl(), clinic.adminBearer, 'Kim', 'Move');
  await aVisitAt(clinic, okafor.id, early.id, '09:00');
  await aVisitAt(clinic, okafor.id, later.id, '10:00');
  await aVisitAt(clinic, castillo.id, settled.id, '09:30');

  await page.goto(`/calendar?location=${clinic.location.id}&date=${clinic.day}`);
  await signIn(page, clinic.frontDesk);
  await expect(await cellAt(page, '9:00 AM', okafor.name)).toContainText(early.listedAs);
  await expectNoSeriousAccessibilityViolations(page);

  // Into Dr Castillo's free 10:15: the service agrees, and the visit stands there.
  const earlyVisit = (await cellAt(page, '9:00 AM', okafor.name)).getByText(early.listedAs);
  await earlyVisit.dragTo(await cellAt(page, '10:15 AM', castillo.name));
  await expect(page.getByRole('status').filter({ hasText: 'Moved' })).toHaveText(
    new RegExp(`^Moved ${early.listedAs} to ${castillo.name} at 10:15 AM`),
  );
  await expect(await cellAt(page, '10:15 AM', castillo.name)).toContainText(early.listedAs);
  await expect(page.getByRole('button', { name: `Book ${okafor.name} at 9:00 AM` })).toBeVisible();

  // Onto Dr Castillo's 9:30, which is taken: the visit goes back to 10:00 with Dr Okafor, and the desk reads why.
  const laterVisit = (await cellAt(page, '10:00 AM', okafor.name)).getByText(later.listedAs);
  await laterVisit.dragTo(await cellAt(page, '9:30 AM', castillo.name));
  const refusal = page.getByRole('alert').filter({ hasText: 'was not moved' });
  await expect(refusal).toContainText(`${later.listedAs}’s visit was not moved.`);
  await expect(refusal).toContainText(`${castillo.name} is not free for this visit at 9:30 AM`);
  await expect(refusal).toContainText('These times are still free:');
  await expect(await cellAt(page, '10:00 AM', okafor.name)).toContainText(later.listedAs);
  await expect(await cellAt(page, '9:30 AM', castillo.name)).toContainText(settled.listedAs);
  await expect(await cellAt(page, '9:30 AM', castillo.name)).not.toContainText(later.listedAs);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('refused-move.png'), fullPage: true });

  // One of the times offered instead moves it there.
  const offered = refusal.getByRole('button', { name: /^Move to / }).first();
  const offeredTime = ((await offered.textContent()) ?? '').replace('Move to ', '');
  await offered.click();
  await expect(page.getByRole('status').filter({ hasText: 'Moved' })).toHaveText(
    new RegExp(`^Moved ${later.listedAs} to ${castillo.name} at ${offeredTime}`),
  );
  await expect(await cellAt(page, offeredTime, castillo.name)).toContainText(later.listedAs);
  await page.screenshot({ path: testInfo.outputPath('moved-to-offered-time.png'), fullPage: true });
});

test('without a mouse, the front desk moves a visit from the agenda to another provider’s free time, and finds it in that provider’s week', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl());
  const [okafor, castillo] = clinic.providers;
  await aVisitAt(clinic, okafor.id, clinic.patient.id, '09:00');
  await page.goto(`/calendar?location=${clinic.location.id}&date=${clinic.day}`);
  await signIn(page, clinic.frontDesk);

  const agenda = page.getByRole('region', { name: /^Agenda for / });
  await expect(agenda.getByRole('listitem')).toContainText([`${clinic.patient.listedAs}`]);
  await agenda.getByRole('button', { name: `Move ${clinic.patient.listedAs} at 9:00 AM` }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Move ${clinic.patient.listedAs}’s visit` });
  await dialog.getByRole('button', { name: /Provider/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: castillo.name }).press('Enter');
  await expectNoSeriousAccessibilityViolations(page);
  await dialog.getByRole('button', { name: 'Move to 11:00 AM' }).focus();
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Moved' })).toHaveText(
    new RegExp(`^Moved ${clinic.patient.listedAs} to ${castillo.name} at 11:00 AM`),
  );
  await expect(await cellAt(page, '11:00 AM', castillo.name)).toContainText(clinic.patient.listedAs);

  await page.getByRole('radio', { name: 'Week' }).press('Enter');
  await page
    .getByRole('button', { name: /Provider/ })
    .first()
    .press('Enter');
  await page.getByRole('option', { name: castillo.name }).press('Enter');
  await expect(page.getByRole('grid', { name: `${castillo.name}’s week at ${clinic.location.name}` })).toBeVisible();
  const dayOfTheVisit = (await page.getByRole('columnheader').allTextContents()).find((heading) =>
    heading.endsWith(` ${Number(clinic.day.slice(8))}`),
  );
  await expect(await cellAt(page, '11:00 AM', dayOfTheVisit ?? '')).toContainText(clinic.patient.listedAs);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('provider-week.png'), fullPage: true });
});
