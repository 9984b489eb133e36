import { randomUUID } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import { call, eventually, type ClinicWithAFrontDesk } from './a-clinic-with-a-front-desk';
import { aClinicWithBilling, aCompletedVisit, type ClinicWithBilling } from './a-clinic-with-billing';

export const PAYER = { name: 'Aetna', electronicPayerId: '60054' };
const PAYER_ADDRESS = { line1: 'PO Box 981106', city: 'El Paso', state: 'TX', postalCode: '79998' };

/** Member ids the sandbox clearinghouse is set to answer for: one its 999 refuses, one no payer knows in its 277CA. */
export const MEMBER_IDS = { accepted: 'W100000001', refusedBy999: 'W999-00001', unknownToThePayer: 'W277000001' };

/**
 * The sandbox's rules are one set for every journey running at once: each journey sets the same set, naming every
 * outcome by member id, so none undoes another's.
 */
const SANDBOX_RULES = {
  replyDelayMs: 0,
  memberIdPattern: '^[A-Za-z0-9]{2,20}$',
  unknownMemberIds: [MEMBER_IDS.unknownToThePayer],
  rejectedBillingNpis: [],
  // The ERA journeys bring the payer's 835 themselves: the sandbox's own waits past the end of any journey.
  remittanceDelayMs: 3_600_000,
};

export const setTheSandboxRules = async (): Promise<void> => {
  const response = await fetch(`${process.env.PRAXIS_CLEARINGHOUSE_URL ?? ''}/admin/rules`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(SANDBOX_RULES),
  });
  if (!response.ok) throw new Error(`the sandbox clearinghouse answered ${response.status}: ${await response.text()}`);
};

export interface ClinicWithClaims extends ClinicWithBilling {
  clerkBearer: string;
  /**
   * The clinic's id at the clearinghouse, which names the mailbox its replies wait in: a clinic of its own per journey,
   * since each clinic numbers its files from 1 and a reply is matched to its file by that number.
   */
  submitterId: string;
  coverageId: string;
}

/**
 * The patient's card is recorded first thing: billing decides who pays a visit when it hears of its completion, from the
 * coverage it has heard of by then.
 */
export const aClinicWithClaims = async (
  gatewayUrl: string,
  memberId = MEMBER_IDS.accepted,
): Promise<ClinicWithClaims> => {
  const clinic = await aClinicWithBilling(gatewayUrl);
  const coverage = await recordTheCoverage(gatewayUrl, clinic, memberId);
  const { accessToken } = await call<{ accessToken: string }>(gatewayUrl, 'POST', '/api/v1/auth/login', clinic.clerk);
  const submitterId = `LS${randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase()}`;
  return { ...clinic, clerkBearer: `Bearer ${accessToken}`, submitterId, coverageId: coverage.id };
};

/**
 * What the clerk would complete by hand: the clinic's tax id, taxonomy, street address and clearinghouse ids, and the
 * payer with the days after the date of service it takes claims for.
 */
export const completeTheBillingProfile = async (
  gatewayUrl: string,
  clinic: ClinicWithClaims,
  { timelyFilingDays = 90 }: { timelyFilingDays?: number } = {},
): Promise<void> => {
  const profile = await eventually(() =>
    call<{ organizationName: string; npi: string }>(
      gatewayUrl,
      'GET',
      '/api/v1/billing-profile',
      undefined,
      clinic.clerkBearer,
    ),
  );
  await call(
    gatewayUrl,
    'PUT',
    '/api/v1/billing-profile',
    {
      organizationName: profile.organizationName,
      npi: profile.npi,
      tin: '123456789',
      taxonomyCode: '207Q00000X',
      address: { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701-1234' },
      submitterId: clinic.submitterId,
      receiverId: 'PRAXISSANDBOX',
    },
    clinic.clerkBearer,
  );
  await call(
    gatewayUrl,
    'POST',
    '/api/v1/payers',
    { ...PAYER, claimFilingIndicator: 'CI', timelyFilingDays, address: PAYER_ADDRESS },
    clinic.clerkBearer,
  );
};

const recordTheCoverage = (gatewayUrl: string, clinic: ClinicWithAFrontDesk, memberId: string) =>
  call<{ id: string }>(
    gatewayUrl,
    'POST',
    `/api/v1/patients/${clinic.patient.id}/coverages`,
    {
      payerId: PAYER.electronicPayerId,
      payerName: PAYER.name,
      memberId,
      subscriber: { relationship: 'self' },
      rank: 'primary',
      effectiveFrom: '2025-01-01',
    },
    clinic.adminBearer,
  );

/**
 * An office visit completed today and its charge released to the payer, as the desk and the clerk did earlier; answers
 * once its claim is built.
 */
export const anInsuredVisitReleased = async (
  gatewayUrl: string,
  clinic: ClinicWithClaims,
): Promise<{ claimId: string }> => {
  const visitId = await aCompletedVisit(gatewayUrl, clinic, clinic.patient.id, [{ code: '99213', units: 1 }]);
  const billing = `/api/v1/billing/visits/${visitId}`;
  await eventually(async () => {
    const visit = await call<{ billTo: string; status: string }>(
      gatewayUrl,
      'GET',
      billing,
      undefined,
      clinic.clerkBearer,
    );
    if (visit.billTo !== 'insurance' || visit.status !== 'ready') throw new Error(`the visit is ${visit.status}`);
  });
  await call(gatewayUrl, 'POST', `${billing}/release`, undefined, clinic.clerkBearer);
  return eventually(async () => {
    const { items } = await call<{ items: { id: string; visitId: string }[] }>(
      gatewayUrl,
      'GET',
      '/api/v1/claims',
      undefined,
      clinic.clerkBearer,
    );
    const built = items.find((item) => item.visitId === visitId);
    if (!built) throw new Error('the claim is not built yet');
    return { claimId: built.id };
  });
};

/** Answers the claim once the claims service has moved it to the status. */
export const claimReaching = <Claim extends { status: string }>(
  gatewayUrl: string,
  clinic: ClinicWithClaims,
  claimId: string,
  status: string,
  timeoutMs?: number,
): Promise<Claim> =>
  eventually(async () => {
    const claim = await call<Claim>(gatewayUrl, 'GET', `/api/v1/claims/${claimId}`, undefined, clinic.clerkBearer);
    if (claim.status !== status) throw new Error(`the claim is ${claim.status}`);
    return claim;
  }, timeoutMs);

/** The clerk submits the ready claims; answers the claim file's table once it shows the patient's claim answered. */
export const submitTheReadyClaims = async (
  page: Page,
  patientListedAs: string,
  answer: 'Accepted' | 'Rejected',
): Promise<Locator> => {
  await page.getByRole('button', { name: 'Submit ready claims' }).click();
  const sent = page.getByRole('table', { name: /^Claims in claim file/ });
  await expect(sent.getByRole('row', { name: `${patientListedAs}: ${answer}` })).toBeVisible({ timeout: 30_000 });
  return sent;
};
