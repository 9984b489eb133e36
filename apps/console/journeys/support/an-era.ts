import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { call } from './a-clinic-with-a-front-desk';
import {
  anInsuredVisitReleased,
  claimReaching,
  type ClinicWithClaims,
  completeTheBillingProfile,
  MEMBER_IDS,
  PAYER,
} from './a-clinic-with-claims';

interface SentClaim {
  id: string;
  status: string;
  patientControlNumber: string;
  payerClaimControlNumber: string | null;
  dateOfService: string;
  lines: { id: string; procedureCode: string; modifiers: string[]; units: number; amountMinor: number }[];
}

/** Submitted as the clerk's "Submit ready claims" does; answers once the payer's 277CA accepted the claim. */
export const submitAndAwaitAcceptance = async (
  gatewayUrl: string,
  clinic: ClinicWithClaims,
  claimId: string,
): Promise<SentClaim> => {
  await call(gatewayUrl, 'POST', '/api/v1/claim-submissions', undefined, clinic.clerkBearer);
  return claimReaching<SentClaim>(gatewayUrl, clinic, claimId, 'accepted', 60_000);
};

type Adjustment = readonly [group: string, reason: string, amountMinor: number];

/** What the payer decided on each line, and the claim status code (CLP02) that says it. */
export interface PayerDecision {
  claimStatus: string;
  line(chargeMinor: number): { paidMinor: number; adjustments: Adjustment[] };
}

/** The payer's terms, as most ERAs carry them: 80% of each charge allowed (CO-45 the rest), 20% of that coinsurance. */
export const PAID_AT_EIGHTY_PERCENT: PayerDecision = {
  claimStatus: '1',
  line: (chargeMinor) => {
    const allowed = Math.round(chargeMinor * 0.8);
    const coinsurance = Math.round(allowed * 0.2);
    return {
      paidMinor: allowed - coinsurance,
      adjustments: [
        ['CO', '45', chargeMinor - allowed],
        ['PR', '2', coinsurance],
      ],
    };
  },
};

/** Nothing paid: every line's charge adjusted CO with the reason (CARC) given. */
export const deniedFor = (reason: string): PayerDecision => ({
  claimStatus: '4',
  line: (chargeMinor) => ({ paidMinor: 0, adjustments: [['CO', reason, chargeMinor]] }),
});

/** How the payer's 835 names the claim and its member. */
export interface PayerEcho {
  patientControlNumber: string;
  payerClaimControlNumber: string;
  memberId: string;
}

/** As most payers do: the claim's own numbers, as sent and as the 277CA acknowledged them. */
export const echoedAsSent = (claim: SentClaim): PayerEcho => ({
  patientControlNumber: claim.patientControlNumber,
  payerClaimControlNumber: claim.payerClaimControlNumber ?? '',
  memberId: MEMBER_IDS.accepted,
});

/**
 * A payer that keyed the claim in again from paper: the control number's last digit mistyped, a claim number of its own
 * and the member id with the subscriber's person code, so nothing in its 835 names the clinic's claim.
 */
export const keyedAgainByThePayer = (claim: SentClaim): PayerEcho => ({
  patientControlNumber: `${claim.patientControlNumber.slice(0, -1)}${claim.patientControlNumber.endsWith('7') ? '8' : '7'}`,
  payerClaimControlNumber: `PK${randomUUID().replaceAll('-', '').slice(0, 12).toUpperCase()}`,
  memberId: `${MEMBER_IDS.accepted}01`,
});

/** `12550` → `125.50`, the decimal X12 writes. */
const dollars = (minor: number): string =>
  `${Math.trunc(minor / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;
const compact = (date: string) => date.replaceAll('-', '');
const padded = (id: string) => id.padEnd(15, ' ');

const claimSegments = (claim: SentClaim, patientListedAs: string, decision: PayerDecision, echo: PayerEcho) => {
  const [last, first] = patientListedAs.toUpperCase().split(', ');
  const lines = claim.lines.map((line) => ({ line, ...decision.line(line.amountMinor) }));
  const charged = lines.reduce((sum, { line }) => sum + line.amountMinor, 0);
  const paidMinor = lines.reduce((sum, { paidMinor: paid }) => sum + paid, 0);
  const patientOwes = lines
    .flatMap(({ adjustments }) => adjustments)
    .reduce((sum, [group, , amount]) => sum + (group === 'PR' ? amount : 0), 0);
  const segments = [
    `CLP*${echo.patientControlNumber}*${decision.claimStatus}*${dollars(charged)}*${dollars(paidMinor)}*${dollars(patientOwes)}*12*${echo.payerClaimControlNumber}**1`,
    `NM1*QC*1*${last}*${first}****MI*${echo.memberId}`,
    ...lines.flatMap(({ line, paidMinor: paid, adjustments }) => [
      `SVC*HC:${[line.procedureCode, ...line.modifiers].join(':')}*${dollars(line.amountMinor)}*${dollars(paid)}**${line.units}`,
      `DTM*472*${compact(claim.dateOfService)}`,
      ...adjustments.map(([group, reason, amount]) => `CAS*${group}*${reason}*${dollars(amount)}`),
      `REF*6R*${line.id}`,
    ]),
  ];
  return { segments, paidMinor };
};

export interface Era {
  content: string;
  traceNumber: string;
}

/**
 * The payer's 835 for one claim the journey sent, under the claim's line control numbers and its own numbers (CLP01 and
 * the 277CA's payer claim number) unless the payer echoes others, by EFT under a trace number no other journey uses.
 */
export const anEraFor = (
  claim: SentClaim,
  patientListedAs: string,
  decision = PAID_AT_EIGHTY_PERCENT,
  echo = echoedAsSent(claim),
): Era => {
  const traceNumber = `EFT${randomUUID().replaceAll('-', '').slice(0, 12).toUpperCase()}`;
  const { segments: claimPayment, paidMinor } = claimSegments(claim, patientListedAs, decision, echo);
  const today = new Date().toISOString().slice(0, 10);
  const transaction = [
    'ST*835*0001*005010X221A1',
    paidMinor > 0
      ? `BPR*I*${dollars(paidMinor)}*C*ACH************${compact(today)}`
      : `BPR*H*0*C*NON************${compact(today)}`,
    `TRN*1*${traceNumber}*1066033492`,
    `DTM*405*${compact(today)}`,
    `N1*PR*${PAYER.name.toUpperCase()}`,
    `REF*2U*${PAYER.electronicPayerId}`,
    'N1*PE*PRAXIS JOURNEY CLINIC*XX*1234567893',
    'LX*1',
    ...claimPayment,
  ];
  const segments = [
    `ISA*00*          *00*          *ZZ*${padded('AETNAERA')}*ZZ*${padded('PRAXISCLINIC')}*${compact(today).slice(2)}*1200*^*00501*000000835*0*T*:`,
    `GS*HP*AETNAERA*PRAXISCLINIC*${compact(today)}*1200*835*X*005010X221A1`,
    ...transaction,
    `SE*${transaction.length + 1}*0001`,
    'GE*1*835',
    'IEA*1*000000835',
  ];
  return { content: `${segments.join('~\n')}~\n`, traceNumber };
};

/** The clerk posted this ERA earlier, as the console's upload sends it: the file as text. */
export const postTheEra = async (gatewayUrl: string, clinic: ClinicWithClaims, era: Era): Promise<void> => {
  const response = await fetch(`${gatewayUrl}/api/v1/remittances`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', authorization: clinic.clerkBearer },
    body: era.content,
  });
  if (!response.ok) throw new Error(`POST /api/v1/remittances answered ${response.status}: ${await response.text()}`);
};

/** A claim of the clinic's patient sent, accepted by the payer, and the payer's ERA deciding it. */
export const anAcceptedClaimAndItsEra = async (
  gatewayUrl: string,
  clinic: ClinicWithClaims,
  decision = PAID_AT_EIGHTY_PERCENT,
  echoOf = echoedAsSent,
) => {
  await completeTheBillingProfile(gatewayUrl, clinic);
  const { claimId } = await anInsuredVisitReleased(gatewayUrl, clinic);
  const claim = await submitAndAwaitAcceptance(gatewayUrl, clinic, claimId);
  const echo = echoOf(claim);
  return { claim, echo, era: anEraFor(claim, clinic.patient.listedAs, decision, echo) };
};

/** The clerk chooses the payer's 835 on the upload page and previews it; nothing is posted yet. */
export const previewTheEra = async (page: Page, era: Era, fileName: string): Promise<void> => {
  await page
    .getByLabel('An 835 file, as received')
    .setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: Buffer.from(era.content) });
  await page.getByRole('button', { name: 'Preview the file' }).click();
};

/** Billing hears of the payer's decision over Kafka: the patient's account shows it once billing has posted it. */
export const expectTheAccountToOwe = async (page: Page, patientId: string, owed: string[]): Promise<void> => {
  const balance = page.getByRole('table', { name: 'What is owed, by who is expected to pay it' });
  await expect(async () => {
    await page.goto(`/billing/patients/${patientId}`);
    await expect(balance.getByRole('row', { name: /^USD/ }).getByRole('cell')).toHaveText(owed, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
};
