import { expect, test, type Page } from '@playwright/test';
import { calendarDateIn, call, eventually, signInAs } from './support/a-clinic-with-a-front-desk';
import { aClinicWithTraining, type ClinicWithTraining, standingOf } from './support/a-clinic-with-training';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

/**
 * Scheduling hears of a lapse or a renewal over Kafka. Until it has, the journey asks it through the API, each try at
 * another of Dr Okafor's free times the day after the one the front desk works on, so the desk's day stays free.
 */
const okaforsBookingAnswers = (clinic: ClinicWithTraining) => {
  let starts: string[] | undefined;
  return async (): Promise<number> => {
    starts ??= (
      await call<Array<{ startsAt: string }>>(
        gatewayUrl(),
        'GET',
        `/api/v1/slots?appointmentTypeId=${clinic.officeVisitTypeId}&locationId=${clinic.location.id}&providerId=${clinic.okafor.providerId}&from=${calendarDateIn(clinic.location.timeZone, 8)}&to=${calendarDateIn(clinic.location.timeZone, 9)}`,
        undefined,
        clinic.adminBearer,
      )
    ).map(({ startsAt }) => startsAt);
    const response = await fetch(`${gatewayUrl()}/api/v1/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: clinic.adminBearer },
      body: JSON.stringify({
        patientId: clinic.patient.id,
        providerId: clinic.okafor.providerId,
        locationId: clinic.location.id,
        appointmentTypeId: clinic.officeVisitTypeId,
        startsAt: starts.shift(),
      }),
    });
    return response.status;
  };
};

const expectBookingAnswer = async (answer: () => Promise<number>, status: number) =>
  eventually(async () => {
    const got = await answer();
    if (got !== status) throw new Error(`booking answered ${got}, not yet ${status}`);
  });

const bookOkaforAtNine = async (page: Page, clinic: ClinicWithTraining) => {
  await page.getByRole('button', { name: `Book ${clinic.okafor.name} at 9:00 AM` }).click();
  const dialog = page.getByRole('dialog', { name: 'Book a visit' });
  await dialog.getByRole('combobox', { name: 'Patient' }).fill(clinic.patient.listedAs.slice(0, 6));
  await page.getByRole('option', { name: new RegExp(`^${clinic.patient.listedAs}`) }).click();
  await dialog.getByRole('button', { name: /Visit type/ }).click();
  await page.getByRole('option', { name: 'Office visit (15 min)' }).click();
  await dialog.getByRole('button', { name: `Book ${clinic.patient.listedAs} at 9:00 AM` }).click();
  return dialog;
};

test('a provider whose state licence lapsed cannot be booked by the front desk until the manager verifies her renewal', async ({
  page,
}, testInfo) => {
  const clinic = await aClinicWithTraining(gatewayUrl());
  const { okafor } = clinic;
  const licence = (await standingOf(gatewayUrl(), okafor.userId, clinic.managerBearer)).find(
    ({ requirementName }) => requirementName === 'State licence',
  );
  const yesterday = calendarDateIn(clinic.location.timeZone, -1);
  await call(
    gatewayUrl(),
    'POST',
    '/api/v1/training/completions',
    {
      requirementId: licence?.requirementId,
      userId: okafor.userId,
      completedOn: calendarDateIn(clinic.location.timeZone, -730),
      expiresOn: yesterday,
      certificateNumber: 'IL-036-123456',
    },
    clinic.managerBearer,
  );
  // The daily deadline scan, run now as a manager may, finds the licence expired and tells scheduling.
  await call(gatewayUrl(), 'POST', '/api/v1/training/deadline-scans', undefined, clinic.managerBearer);
  const bookingAnswer = okaforsBookingAnswers(clinic);
  await expectBookingAnswer(bookingAnswer, 409);

  await page.goto(`/calendar?location=${clinic.location.id}&date=${clinic.day}`);
  await signIn(page, clinic.frontDesk);
  const refusedBooking = await bookOkaforAtNine(page, clinic);
  await expect(refusedBooking.getByRole('alert')).toContainText(
    `${okafor.name} cannot see patients until a lapsed credential is renewed (State licence expired on ${yesterday})`,
  );
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('booking-refused.png'), fullPage: true });
  await refusedBooking.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();

  // Dr Okafor hands in her renewed licence herself; it waits for the manager.
  await call(
    gatewayUrl(),
    'POST',
    '/api/v1/training/completions',
    {
      requirementId: licence?.requirementId,
      completedOn: clinic.today,
      expiresOn: calendarDateIn(clinic.location.timeZone, 730),
      certificateNumber: 'IL-036-654321',
    },
    await signInAs(gatewayUrl(), okafor.email),
  );
  await page.goto('/training/compliance');
  await signIn(page, clinic.manager);
  await page
    .getByRole('region', { name: 'Pending verification' })
    .getByRole('button', { name: `Review ${okafor.name}’s State licence` })
    .click();
  const review = page.getByRole('dialog', { name: `${okafor.name}’s State licence` });
  await expect(review).toContainText('IL-036-654321');
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('renewal-review.png'), fullPage: true });
  await review.getByRole('button', { name: 'Verify' }).click();
  await expect(review).toBeHidden();
  await expectBookingAnswer(bookingAnswer, 201);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await page.goto(`/calendar?location=${clinic.location.id}&date=${clinic.day}`);
  await signIn(page, clinic.frontDesk);
  const booking = await bookOkaforAtNine(page, clinic);
  await expect(booking).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Booked' })).toHaveText(
    `Booked ${clinic.patient.listedAs} with ${okafor.name} at 9:00 AM.`,
  );
  await page.screenshot({ path: testInfo.outputPath('booked-again.png'), fullPage: true });
});
