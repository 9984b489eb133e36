import { expect, test } from '@playwright/test';
import {
  aClinicWithClaims,
  anInsuredVisitReleased,
  claimReaching,
  completeTheBillingProfile,
  setTheSandboxRules,
  submitTheReadyClaims,
} from './support/a-clinic-with-claims';
import { addDays, spokenDate } from './support/calendar-dates';
import { expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

/** The payer takes claims for this many days after the date of service, a contract far shorter than most. */
const FILING_LIMIT_DAYS = 10;

test('the billing clerk sees claims nearing their filing limit and sends the ready one', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await setTheSandboxRules();
  const clinic = await aClinicWithClaims(gatewayUrl());
  const sam = clinic.patient;
  await completeTheBillingProfile(gatewayUrl(), clinic, { timelyFilingDays: FILING_LIMIT_DAYS });
  const { claimId } = await anInsuredVisitReleased(gatewayUrl(), clinic);
  const claim = await claimReaching<{ status: string; patientControlNumber: string; dateOfService: string }>(
    gatewayUrl(),
    clinic,
    claimId,
    'ready',
  );
  await page.goto('/');
  await signIn(page, clinic.clerk);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Claims' }).click();
  await page.getByRole('navigation', { name: 'Claims' }).getByRole('link', { name: 'Timely filing' }).click();

  const deadlines = page.getByRole('table', { name: 'Claims by their payer’s filing deadline, soonest first' });
  const samsClaim = deadlines.getByRole('row', { name: new RegExp(`^Claim ${claim.patientControlNumber} `) });
  await expect(samsClaim.getByRole('cell')).toHaveText([
    spokenDate(claim.dateOfService),
    'Ready',
    `${spokenDate(addDays(claim.dateOfService, FILING_LIMIT_DAYS))} (${FILING_LIMIT_DAYS} days)`,
    `Due in ${FILING_LIMIT_DAYS} days`,
    '—',
  ]);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('claims-by-filing-deadline.png'), fullPage: true });

  // The claim is ready, so it goes out from here; once the payer has it, the deadline no longer stands.
  const sent = await submitTheReadyClaims(page, sam.listedAs, 'Accepted');
  await expect(
    page.getByRole('status').filter({ hasText: /^Claim file \d+: Sent to the clearinghouse$/ }),
  ).toBeVisible();
  await expect(samsClaim).toHaveCount(0);
  await expect(deadlines.getByRole('cell', { name: 'Every claim has reached its payer.' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('claim-sent-in-time.png'), fullPage: true });

  await sent.getByRole('link', { name: sam.listedAs }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Claim ${claim.patientControlNumber}` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'The claim file it was sent in' })).toBeVisible();
});
