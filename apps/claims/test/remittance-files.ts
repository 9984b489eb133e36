import { randomUUID } from 'node:crypto';
import { money } from '@praxis/domain';
import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import { TenantTransactions } from '@praxis/tenancy';
import { ClaimPayment, RemittanceAdvice, ServicePayment, writeRemittanceAdvice } from '@praxis/x12';
import { ClaimLifecycle } from '../src/claims/claim-lifecycle';
import { Claim } from '../src/claims/claim.entity';
import { aCoveredVisit, billingPosts, ChargeLine, claimsOfVisit } from './claims-use-cases';

let traceNumbers = 0;
/** A trace number no other spec's payment has. */
export const aTraceNumber = (): string => `EFT${Date.now()}${(traceNumbers += 1)}`;

/** A claim sent and accepted by Aetna under the payer claim number given, with the charges given (one by default). */
export const anAcceptedClaim = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  payerClaimControlNumber: string,
  ...charges: Partial<ChargeLine>[]
): Promise<Claim> => {
  const first = await aCoveredVisit(harness, clerk, charges[0] ?? {});
  const more = charges.slice(1).map((charge) => ({ ...first, chargeId: randomUUID(), ...charge }));
  await billingPosts(harness, clerk, first, ...more);
  const [claim] = await claimsOfVisit(harness, clerk, first.visitId);
  const change = { actorUserId: null, now: harness.clock.now(), action: 'sent' };
  await harness.as(clerk, () =>
    harness.get(TenantTransactions).run(async (manager) => {
      const lifecycle = harness.get(ClaimLifecycle);
      await lifecycle.submit(manager, claim.id, change);
      await lifecycle.acknowledge(manager, claim.id, change);
      await lifecycle.accept(manager, claim.id, payerClaimControlNumber, change);
    }),
  );
  const [accepted] = await claimsOfVisit(harness, clerk, first.visitId);
  return accepted;
};

const usd = (amountMinor: number) => money(amountMinor, 'USD');

/** Each of the claim's lines allowed 80% of its charge (CO-45 the rest), the patient owing 20% of that (PR-2). */
export const aPaymentOf = (claim: Claim, overrides: Partial<ClaimPayment> = {}): ClaimPayment => {
  const serviceLines: ServicePayment[] = (claim.lines ?? []).map((line) => {
    const allowed = Math.round(line.amountMinor * 0.8);
    const coinsurance = Math.round(allowed * 0.2);
    return {
      procedure: { qualifier: 'HC', code: line.procedureCode, modifiers: line.modifiers },
      charge: usd(line.amountMinor),
      paid: usd(allowed - coinsurance),
      serviceDate: claim.dateOfService,
      adjustments: [
        { group: 'CO', reason: '45', amount: usd(line.amountMinor - allowed) },
        { group: 'PR', reason: '2', amount: usd(coinsurance) },
      ],
      remarks: [],
    };
  });
  const sum = (pick: (line: ServicePayment) => number) => serviceLines.reduce((total, line) => total + pick(line), 0);
  return {
    patientControlNumber: claim.patientControlNumber,
    status: '1',
    charge: usd(sum((line) => line.charge.amountMinor)),
    paid: usd(sum((line) => line.paid.amountMinor)),
    patientResponsibility: usd(sum((line) => line.adjustments[1].amount.amountMinor)),
    claimFilingIndicator: 'CI',
    payerClaimControlNumber: claim.payerClaimControlNumber ?? '',
    patient: { last: 'LOPEZ', first: 'MARIA', memberId: 'W123456789' },
    adjustments: [],
    remarks: [],
    serviceLines,
    ...overrides,
  };
};

/** Aetna's payment of the claims given, by EFT, balanced unless the spec makes it otherwise. */
export const aRemittance = (claims: ClaimPayment[], overrides: Partial<RemittanceAdvice> = {}): RemittanceAdvice => {
  const providerAdjustments = overrides.providerAdjustments ?? [];
  const paid = claims.reduce((total, claim) => total + claim.paid.amountMinor, 0);
  const withheld = providerAdjustments.reduce((total, plb) => total + plb.amount.amountMinor, 0);
  return {
    handling: 'I',
    paymentAmount: usd(paid - withheld),
    paymentMethod: 'ACH',
    paymentDate: '2026-03-20',
    traceNumber: aTraceNumber(),
    originatorId: '1066033492',
    payer: { name: 'AETNA', id: '60054' },
    payee: { name: 'LAKESIDE FAMILY PRACTICE', idQualifier: 'XX', id: '1234567893' },
    claims,
    providerAdjustments,
    ...overrides,
  };
};

/** An 835 file carrying each remittance as its own transaction set, as a payer's clearinghouse sends it. */
export const an835 = (...remittances: RemittanceAdvice[]): string =>
  writeRemittanceAdvice(remittances, {
    sender: { qualifier: 'ZZ', id: 'PRAXISSANDBOX' },
    receiver: { qualifier: 'ZZ', id: 'CLINIC' },
    interchangeControlNumber: 701,
    groupControlNumber: 701,
    preparedAt: new Date('2026-03-20T12:00:00Z'),
    timeZone: 'America/Chicago',
    usage: 'T',
  });
