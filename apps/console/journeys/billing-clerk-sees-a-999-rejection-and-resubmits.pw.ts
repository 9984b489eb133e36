import { expect, test } from '@playwright/test';
import { call } from './support/a-clinic-with-a-front-desk';
import {
  aClinicWithClaims,
  anInsuredVisitReleased,
  completeTheBillingProfile,
  MEMBER_IDS,
  setTheSandboxRules,
  submitTheReadyClaims,
} from './support/a-clinic-with-claims';
import { choose, expectNoSeriousAccessibilityViolations, signIn } from './support/console-checks';

const gatewayUrl = () => process.env.PRAXIS_GATEWAY_URL ?? '';

test('the billing clerk sees a 999 rejection and resubmits', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await setTheSandboxRules();
  const clinic = await aClinicWithClaims(gatewayUrl(), MEMBER_IDS.refusedBy999);
  const sam = clinic.patient;
  await completeTheBillingProfile(gatewayUrl(), clinic);
  await anInsuredVisitReleased(gatewayUrl(), clinic);
  await page.goto('/claims?status=ready');
  await signIn(page, clinic.clerk);

  const ready = page.getByRole('table', { name: 'Claims that are ready' });
  await expect(ready.getByRole('row', { name: new RegExp(sam.listedAs) })).toBeVisible();
  await page.getByRole('button', { name: 'Submit ready claims' }).focus();
  await page.keyboard.press('Enter');
  const sent = page.getByRole('table', { name: /^Claims in claim file/ });
  await expect(sent.getByRole('row', { name: `${sam.listedAs}: Rejected` })).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousAccessibilityViolations(page);

  await choose(page, page.getByRole('radio', { name: 'Rejected' }));
  const rejected = page.getByRole('table', { name: 'Claims that are rejected' });
  const samsClaim = rejected.getByRole('row', { name: new RegExp(sam.listedAs) });
  await expect(samsClaim.getByRole('listitem')).toContainText([/^NM1 \(segment \d+ of the claim file/]);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('rejected-by-the-999.png'), fullPage: true });

  // The desk corrects the member id on the patient's card; the clerk scrubs the claim again and sends it again.
  await call(
    gatewayUrl(),
    'PATCH',
    `/api/v1/patients/${sam.id}/coverages/${clinic.coverageId}`,
    { memberId: MEMBER_IDS.accepted },
    clinic.adminBearer,
  );
  await samsClaim.getByRole('link', { name: sam.listedAs }).click();
  const why = page.getByRole('region', { name: 'Why it was rejected' });
  await expect(why.getByRole('listitem')).toContainText([/^NM1 .*\(IK4:\w+\)$/]);
  await expect(page.getByRole('table', { name: 'History' }).getByRole('row').last()).toContainText('to Rejected');
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Scrub again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Scrubbed: the claim is ready.' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Claims' }).getByRole('link', { name: 'Worklist' }).click();
  await submitTheReadyClaims(page, sam.listedAs, 'Accepted');
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('accepted-when-resent.png'), fullPage: true });
});
