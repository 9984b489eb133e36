import { expect, test } from '@playwright/test';
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

/** A 999 from a payer's portal whose acknowledgement of the file never says how it ended (no AK9). */
const A_999_CUT_SHORT = [
  'ISA*00*          *00*          *ZZ*PRAXISSANDBOX  *ZZ*LAKESIDE01     *261130*1200*^*00501*000000007*0*T*:',
  'GS*FA*PRAXISSANDBOX*LAKESIDE01*20261130*1200*7*X*005010X231A1',
  'ST*999*0001*005010X231A1',
  'AK1*HC*1*005010X222A1',
  'SE*3*0001',
  'GE*1*7',
  'IEA*1*000000007',
  '',
].join('~');

test('the billing clerk sees a 277CA rejection for the member id', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await setTheSandboxRules();
  const clinic = await aClinicWithClaims(gatewayUrl(), MEMBER_IDS.unknownToThePayer);
  const sam = clinic.patient;
  await completeTheBillingProfile(gatewayUrl(), clinic);
  await anInsuredVisitReleased(gatewayUrl(), clinic);
  await page.goto('/claims?status=ready');
  await signIn(page, clinic.clerk);

  await submitTheReadyClaims(page, sam.listedAs, 'Rejected');

  await choose(page, page.getByRole('radio', { name: 'Rejected' }));
  const samsClaim = page
    .getByRole('table', { name: 'Claims that are rejected' })
    .getByRole('row', { name: new RegExp(sam.listedAs) });
  await expect(samsClaim.getByRole('listitem')).toContainText(["The payer does not know the subscriber's member id"]);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('rejected-by-the-277ca.png'), fullPage: true });

  await samsClaim.getByRole('link', { name: sam.listedAs }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Why it was rejected' }).getByRole('listitem')).toContainText([
    /The payer does not know the subscriber's member id \(A7:164:IL\)$/,
  ]);
  const history = page.getByRole('table', { name: 'History' });
  await expect(history.getByRole('row').last()).toContainText('Acknowledged to Rejected');
  await expect(history.getByRole('row').last()).toContainText('Praxis');
  await expect(page.getByRole('button', { name: 'Scrub again' })).toBeEnabled();
  await expectNoSeriousAccessibilityViolations(page);

  // A file the payer's portal gave by hand, cut short, is refused whole with the segment at fault said in words.
  await page
    .getByRole('navigation', { name: 'Claims' })
    .getByRole('link', { name: 'Upload an acknowledgement' })
    .click();
  await page.getByLabel('A 999 or 277CA file, as received').setInputFiles({
    name: 'portal-999.x12',
    mimeType: 'text/plain',
    buffer: Buffer.from(A_999_CUT_SHORT),
  });
  await page.getByRole('button', { name: 'Apply the file' }).click();
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('The file was not applied, and nothing changed');
  await expect(refusal.getByRole('listitem')).toHaveText(['The 5th segment of the file (SE): AK1 1 has no AK9']);
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: testInfo.outputPath('upload-refused.png'), fullPage: true });
});
