import { money } from '@praxis/domain';
import fc from 'fast-check';
import { assertBalanced, balanceOf, Payer, Posting, postings, UnbalancedPostingError } from './ledger-postings';

const usd = (amountMinor: number) => money(amountMinor, 'USD');
const amount = fc.integer({ min: 0, max: 5_000_000 });
const payer = fc.constantFrom<Payer>('insurance', 'patient');

/** What a clerk can do, and how each moves what the insurer and the patient owe. */
const operation = fc.oneof(
  fc.record({ op: fc.constant('charge' as const), amount, payer }),
  fc.record({ op: fc.constant('patientPayment' as const), amount }),
  fc.record({ op: fc.constant('insurerPayment' as const), amount }),
  fc.record({ op: fc.constant('contractualAdjustment' as const), amount }),
  fc.record({ op: fc.constant('writeOff' as const), amount, payer }),
  fc.record({ op: fc.constant('transfer' as const), amount, payer }),
  fc.record({ op: fc.constant('paymentApplication' as const), amount }),
  fc.record({ op: fc.constant('refund' as const), amount }),
  // A payer's clinic-level adjustment is signed as sent: interest adds money, a recoupment takes it.
  fc.record({
    op: fc.constant('providerAdjustment' as const),
    amount: fc.integer({ min: -5_000_000, max: 5_000_000 }),
  }),
  fc.record({ op: fc.constant('reverseLast' as const) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const other = (side: Payer): Payer => (side === 'insurance' ? 'patient' : 'insurance');

const postingFor = (step: Operation, written: Posting[]): Posting | undefined => {
  switch (step.op) {
    case 'charge':
      return postings.charge(usd(step.amount), step.payer);
    case 'patientPayment':
      return postings.patientPayment(usd(step.amount));
    case 'insurerPayment':
      return postings.insurerPayment(usd(step.amount));
    case 'contractualAdjustment':
      return postings.contractualAdjustment(usd(step.amount));
    case 'writeOff':
      return postings.writeOff(usd(step.amount), step.payer);
    case 'transfer':
      return postings.transfer(usd(step.amount), step.payer, other(step.payer));
    case 'paymentApplication':
      return postings.paymentApplication(usd(step.amount));
    case 'refund':
      return postings.refund(usd(step.amount));
    case 'providerAdjustment':
      return postings.providerAdjustment(usd(step.amount));
    case 'reverseLast':
      return written.length > 0 ? postings.reversal(written[written.length - 1]) : undefined;
  }
};

/** What the insurer and the patient owe, and the patient's credit the clinic holds. */
type Totals = Record<Payer | 'credit', number>;
const sides = ['insurance', 'patient', 'credit'] as const;

/** The same operations kept as three plain running totals, the way a person would reason about them. */
const owedAfter = (step: Operation, owed: Totals, last?: Totals) => {
  const next = { ...owed };
  switch (step.op) {
    case 'charge':
      next[step.payer] += step.amount;
      break;
    case 'patientPayment':
      next.credit += step.amount;
      break;
    case 'paymentApplication':
      next.credit -= step.amount;
      next.patient -= step.amount;
      break;
    case 'insurerPayment':
    case 'contractualAdjustment':
      next.insurance -= step.amount;
      break;
    case 'writeOff':
      next[step.payer] -= step.amount;
      break;
    case 'transfer':
      next[step.payer] -= step.amount;
      next[other(step.payer)] += step.amount;
      break;
    case 'refund':
      next.credit -= step.amount;
      break;
    case 'providerAdjustment':
      break;
    case 'reverseLast':
      if (last) sides.forEach((side) => (next[side] -= last[side]));
      break;
  }
  return next;
};

describe('the ledger', () => {
  it('keeps every posting balanced and every balance equal to the sum of its entries, whatever the clerks do', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (steps) => {
        const written: Posting[] = [];
        const effects: Totals[] = [];
        let owed: Totals = { insurance: 0, patient: 0, credit: 0 };
        for (const step of steps) {
          const posting = postingFor(step, written);
          if (!posting) continue;
          assertBalanced(posting);
          const before = owed;
          owed = owedAfter(step, owed, effects[effects.length - 1]);
          written.push(posting);
          effects.push({
            insurance: owed.insurance - before.insurance,
            patient: owed.patient - before.patient,
            credit: owed.credit - before.credit,
          });
        }
        const lines = written.flatMap(({ lines: postingLines }) => postingLines);
        expect(balanceOf(lines, 'USD')).toEqual({
          insurancePending: usd(owed.insurance),
          patientResponsibility: usd(owed.patient),
          patientCredit: usd(owed.credit),
        });
        const reversed = written.map(postings.reversal).flatMap(({ lines: postingLines }) => postingLines);
        expect(balanceOf([...lines, ...reversed], 'USD')).toEqual({
          insurancePending: usd(0),
          patientResponsibility: usd(0),
          patientCredit: usd(0),
        });
      }),
    );
  });

  it('refuses a posting whose debits and credits differ or whose currencies are mixed', () => {
    const lopsided: Posting = { kind: 'charge', lines: [{ account: 'patient_receivable', amount: usd(100) }] };
    expect(() => assertBalanced(lopsided)).toThrow(UnbalancedPostingError);
    const mixed: Posting = {
      kind: 'charge',
      lines: [
        { account: 'patient_receivable', amount: usd(100) },
        { account: 'revenue', amount: { amountMinor: -100, currency: 'EUR' as 'USD' } },
      ],
    };
    expect(() => assertBalanced(mixed)).toThrow();
  });
});
