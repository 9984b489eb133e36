import { findImbalances, readRemittanceAdvice, readX12, RemittanceAdvice, writeRemittanceAdvice } from '@praxis/x12';
import { ADJUDICATION_DEFAULTS, SandboxRules } from '../rules/sandbox-rules';
import { ProviderDecision } from './payer-edits';
import { remittancesFor } from './payer-remittances';
import { SubmittedClaim } from './submitted-claims';

const RULES: SandboxRules = {
  replyDelayMs: 0,
  memberIdPattern: '^W\\d+$',
  unknownMemberIds: [],
  rejectedBillingNpis: [],
  ...ADJUDICATION_DEFAULTS,
};

const aClaim = (patientControlNumber: string, lines: [code: string, chargeMinor: number][]): SubmittedClaim => ({
  patientControlNumber,
  chargeMinor: lines.reduce((sum, [, charge]) => sum + charge, 0),
  lineChargesMinor: lines.reduce((sum, [, charge]) => sum + charge, 0),
  lines: lines.map(([procedureCode, chargeMinor]) => ({
    procedureCode,
    modifiers: [],
    chargeMinor,
    units: 1,
    serviceDate: ['D8', '20260302'],
  })),
  memberId: 'W1',
  patient: { last: 'DOE', first: 'JANE' },
  payer: { name: 'ACME HEALTH', id: '60054' },
  payerResponsibility: 'P',
  claimFilingIndicator: 'CI',
  serviceDate: ['D8', '20260302'],
});

const accepted = (...claims: SubmittedClaim[]): ProviderDecision[] => [
  {
    provider: { name: 'LAKESIDE FAMILY PRACTICE', npi: '1234567893', claims },
    claims: claims.map((claim, index) => ({
      claim,
      status: { category: 'A2', code: '20', entity: 'PR', message: 'Accepted for adjudication' },
      payerClaimNumber: `SBX00000000${index}`,
    })),
  },
];

let trace = 0;
const paid = (rules: Partial<SandboxRules>, ...claims: SubmittedClaim[]) =>
  remittancesFor(
    accepted(...claims),
    { ...RULES, ...rules },
    { paidOn: '2026-03-03', traceNumber: () => `T${++trace}` },
  );

/** Written as the sandbox sends it and read back as claims reads it: what a poster would see. */
const asReceived = (remittance: RemittanceAdvice) => {
  const document = readX12(
    writeRemittanceAdvice([remittance], {
      sender: { qualifier: 'ZZ', id: 'PRAXISSANDBOX' },
      receiver: { qualifier: 'ZZ', id: 'S1' },
      interchangeControlNumber: 1,
      groupControlNumber: 1,
      preparedAt: new Date('2026-03-03T14:00:00Z'),
      timeZone: 'UTC',
      usage: 'T',
    }),
  );
  const reading = readRemittanceAdvice(document.interchanges[0].groups[0].transactionSets[0], document.delimiters);
  expect([...reading.problems, ...reading.imbalances]).toEqual([]);
  return reading.remittance;
};

const adjustmentsOf = (remittance: RemittanceAdvice) =>
  remittance.claims.map((claim) =>
    claim.serviceLines.flatMap((line) => line.adjustments.map((a) => `${a.group}-${a.reason} ${a.amount.amountMinor}`)),
  );

describe("the sandbox payer's 835s", () => {
  it('pays in full when the payer allows the whole charge and the patient owes nothing', () => {
    const { remittances } = paid({ allowedPercent: 100, coinsurancePercent: 0 }, aClaim('PCN1', [['99213', 12_500]]));

    const remittance = asReceived(remittances[0]);
    expect([remittance.claims[0].status, remittance.claims[0].paid.amountMinor]).toEqual(['1', 12_500]);
    expect(adjustmentsOf(remittance)).toEqual([[]]);
    expect([remittance.handling, remittance.paymentAmount.amountMinor]).toEqual(['I', 12_500]);
  });

  it("pays part: CO-45 the contractual rest, then the patient's deductible (PR-1), co-pay (PR-3) and coinsurance (PR-2)", () => {
    const rules = { allowedPercent: 80, deductibleMinor: 5_000, copayMinor: 2_000, coinsurancePercent: 20 };
    const { remittances } = paid(
      rules,
      aClaim('PCN1', [
        ['99213', 5_000],
        ['93000', 10_000],
      ]),
    );

    const remittance = asReceived(remittances[0]);
    expect(adjustmentsOf(remittance)).toEqual([
      ['CO-45 1000', 'PR-1 4000', 'CO-45 2000', 'PR-1 1000', 'PR-3 2000', 'PR-2 1000'],
    ]);
    expect(remittance.claims[0].paid.amountMinor).toBe(4_000);
    expect(remittance.claims[0].patientResponsibility?.amountMinor).toBe(8_000);
  });

  it('denies a procedure not covered with the configured reason, and moves no money when nothing is paid', () => {
    const { remittances } = paid(
      { deniedProcedureCodes: ['99213'], denialReasonCode: '204' },
      aClaim('PCN1', [['99213', 12_500]]),
    );

    const remittance = asReceived(remittances[0]);
    expect(adjustmentsOf(remittance)).toEqual([['CO-204 12500']]);
    expect([remittance.claims[0].status, remittance.handling, remittance.paymentMethod]).toEqual(['4', 'H', 'NON']);
  });

  it('adds interest (PLB L6) and recoups an overpayment (PLB WO) at provider level, the payment balancing both', () => {
    const { remittances } = paid(
      { allowedPercent: 100, coinsurancePercent: 0, interestMinor: 127, recoupmentMinor: 2_500 },
      aClaim('PCN1', [['99213', 12_500]]),
    );

    const remittance = asReceived(remittances[0]);
    expect(remittance.providerAdjustments.map((plb) => [plb.reason, plb.reference, plb.amount.amountMinor])).toEqual([
      ['L6', undefined, -127],
      ['WO', 'SBX000000000', 2_500],
    ]);
    expect(remittance.paymentAmount.amountMinor).toBe(12_500 + 127 - 2_500);
  });

  it('recoups no more than the payment holds', () => {
    const { remittances } = paid({ recoupmentMinor: 1_000_000 }, aClaim('PCN1', [['99213', 12_500]]));

    expect(asReceived(remittances[0]).paymentAmount.amountMinor).toBe(0);
  });

  it('later reverses each decision exactly (CLP02 22, no patient share) and decides the claim again at the corrected share', () => {
    const { remittances, corrections } = paid(
      { allowedPercent: 80, coinsurancePercent: 20, correctedAllowedPercent: 100 },
      aClaim('PCN1', [['99213', 10_000]]),
    );

    const [reversal, correction] = asReceived(corrections[0]).claims;
    const original = remittances[0].claims[0];
    expect([reversal.status, reversal.paid.amountMinor, reversal.patientResponsibility]).toEqual([
      '22',
      -original.paid.amountMinor,
      undefined,
    ]);
    expect(reversal.serviceLines[0].adjustments.map((a) => a.amount.amountMinor)).toEqual([-2_000, -1_600]);
    expect([correction.status, correction.paid.amountMinor, correction.payerClaimControlNumber]).toEqual([
      '1',
      8_000,
      original.payerClaimControlNumber,
    ]);
    expect(corrections[0].paymentAmount.amountMinor).toBe(8_000 - 6_400);
  });

  it('carries a correction that pays less than it takes back as a forwarding balance (PLB FB), moving nothing', () => {
    const { corrections } = paid(
      { allowedPercent: 100, correctedAllowedPercent: 50 },
      aClaim('PCN1', [['99213', 10_000]]),
    );

    const remittance = asReceived(corrections[0]);
    expect(remittance.providerAdjustments.map((plb) => [plb.reason, plb.amount.amountMinor])).toEqual([['FB', -4_000]]);
    expect([remittance.paymentAmount.amountMinor, remittance.handling]).toEqual([0, 'H']);
    expect(findImbalances(remittance)).toEqual([]);
  });

  it('sends no correction unless the rules ask for one', () => {
    expect(paid({}, aClaim('PCN1', [['99213', 10_000]])).corrections).toEqual([]);
  });
});
