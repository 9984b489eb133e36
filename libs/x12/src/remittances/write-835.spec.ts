import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { money } from '@praxis/domain';
import { goldenRemittances } from '../../test/golden-remittance';
import { aClaimPayment, aPayerEnvelope, aRemittance, aServicePayment } from '../../test/remittance-builders';
import { Adjustment } from '../adjustments/claim-adjustments';
import { readX12 } from '../core/read-x12';
import { readRemittanceAdvice } from './read-835';
import { movesNoMoney, RemittanceAdvice, ServicePayment } from './remittance-advice';
import { writeRemittanceAdvice } from './write-835';

const golden = readFileSync(join(__dirname, '__fixtures__', '835-paid-denied-reversed.x12'), 'utf8');

const readAll = (text: string) => {
  const document = readX12(text);
  expect(document.problems).toEqual([]);
  return document.interchanges[0].groups[0].transactionSets.map((set) =>
    readRemittanceAdvice(set, document.delimiters),
  );
};

describe('writeRemittanceAdvice', () => {
  it('writes the golden 835: one transaction set per payment, reversal and correction, PLB recoupment and interest', () => {
    expect(writeRemittanceAdvice(goldenRemittances(), aPayerEnvelope())).toBe(golden.replaceAll('\n', ''));
  });

  it('reads the golden 835 back into the payments it was written from, balanced', () => {
    const readings = readAll(golden);

    expect(readings.map((reading) => reading.remittance)).toEqual(goldenRemittances());
    expect(readings.flatMap((reading) => [...reading.imbalances, ...reading.problems])).toEqual([]);
    expect(readings.map((reading) => movesNoMoney(reading.remittance))).toEqual([false, true]);
  });

  it('finds where an 835 does not add up: a line paid more than its charge less adjustments, and the payment', () => {
    const tampered = golden
      .replace('SVC*HC:99213*125*80**1~', 'SVC*HC:99213*125*81**1~')
      .replace('BPR*I*113.77', 'BPR*I*120');

    expect(readAll(tampered)[0].imbalances).toEqual([
      { level: 'line', claimIndex: 0, lineIndex: 0, expected: money(8000, 'USD'), actual: money(8100, 'USD') },
      { level: 'payment', expected: money(11377, 'USD'), actual: money(12000, 'USD') },
    ]);
  });

  it('reports an amount it cannot read, naming the element', () => {
    const [reading] = readAll(golden.replace('CLP*PCN0001*1*125*80*', 'CLP*PCN0001*1*125*8O*'));

    expect(reading.problems).toEqual([expect.objectContaining({ segmentId: 'CLP', element: 'CLP04' })]);
  });
});

const usd = (amountMinor: number) => money(amountMinor, 'USD');
const cents = fc.integer({ min: -500_000, max: 5_000_000 });
const adjustment: fc.Arbitrary<Adjustment> = fc.record({
  group: fc.constantFrom('CO' as const, 'PR' as const, 'OA' as const, 'PI' as const),
  reason: fc.stringMatching(/^[0-9A-Z]{1,3}$/),
  amount: cents.map(usd),
});
// The writer groups CAS triplets by group code, so a line's adjustments are generated in that order.
const byGroup = (adjustments: Adjustment[]) =>
  ['CO', 'PR', 'OA', 'PI'].flatMap((group) => adjustments.filter((a) => a.group === group));

const servicePayment: fc.Arbitrary<ServicePayment> = fc
  .record({ charge: cents, adjustments: fc.array(adjustment, { maxLength: 8 }), code: fc.stringMatching(/^[0-9]{5}$/) })
  .map(({ charge, adjustments, code }) => {
    const ordered = byGroup(adjustments);
    const paid = charge - ordered.reduce((sum, a) => sum + a.amount.amountMinor, 0);
    return aServicePayment({
      procedure: { qualifier: 'HC', code, modifiers: [] },
      charge: usd(charge),
      paid: usd(paid),
      adjustments: ordered,
    });
  });

const balancedRemittance: fc.Arbitrary<RemittanceAdvice> = fc
  .array(fc.array(servicePayment, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 })
  .chain((claimsLines) =>
    fc
      .record({ plb: fc.array(cents, { maxLength: 8 }), trace: fc.stringMatching(/^[A-Z0-9]{4,20}$/) })
      .map(({ plb, trace }) => {
        const claims = claimsLines.map((lines, index) =>
          aClaimPayment({
            patientControlNumber: `PCN${index}`,
            charge: usd(lines.reduce((sum, line) => sum + line.charge.amountMinor, 0)),
            paid: usd(lines.reduce((sum, line) => sum + line.paid.amountMinor, 0)),
            serviceLines: lines,
          }),
        );
        const paid = claims.reduce((sum, claim) => sum + claim.paid.amountMinor, 0);
        const taken = plb.reduce((sum, amount) => sum + amount, 0);
        return aRemittance({
          traceNumber: trace,
          paymentAmount: usd(paid - taken),
          claims,
          providerAdjustments: plb.map((amount) => ({
            providerId: '1234567893',
            fiscalPeriodDate: '2026-12-31',
            reason: 'WO',
            amount: usd(amount),
          })),
        });
      }),
  );

describe('835 round trip', () => {
  it('reads back every balanced payment it writes, still balanced', () => {
    fc.assert(
      fc.property(fc.array(balancedRemittance, { minLength: 1, maxLength: 3 }), (remittances) => {
        const readings = readAll(writeRemittanceAdvice(remittances, aPayerEnvelope()));

        expect(readings.map((reading) => reading.remittance)).toEqual(remittances);
        expect(readings.flatMap((reading) => [...reading.imbalances, ...reading.problems])).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
