import fc from 'fast-check';
import {
  addMoney,
  CurrencyMismatchError,
  formatMajorUnits,
  InvalidMoneyError,
  money,
  negateMoney,
  parseMajorUnits,
  sumMoney,
} from './money';

const cents = fc.integer({ min: -10_000_000, max: 10_000_000 });
const dollars = (amount: number) => money(amount, 'USD');

describe('money', () => {
  it('sums to the exact integer total in any order, where floating-point dollars would drift', () => {
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 200 }), (amounts) => {
        const total = amounts.reduce((sum, amount) => sum + amount, 0);
        expect(sumMoney(amounts.map(dollars), 'USD')).toEqual(dollars(total));
        expect(sumMoney([...amounts].reverse().map(dollars), 'USD')).toEqual(dollars(total));
      }),
    );
  });

  it('cancels a posting with its reversal', () => {
    fc.assert(
      fc.property(cents, (amount) =>
        expect(addMoney(dollars(amount), negateMoney(dollars(amount))).amountMinor).toBe(0),
      ),
    );
  });

  it('refuses fractions of a cent and amounts beyond exact integers', () => {
    expect(() => money(10.5, 'USD')).toThrow(InvalidMoneyError);
    expect(() => money(Number.MAX_SAFE_INTEGER + 2, 'USD')).toThrow(InvalidMoneyError);
    expect(() => money(Number.NaN, 'USD')).toThrow(InvalidMoneyError);
  });

  it('refuses to add amounts in different currencies', () => {
    const euros = { amountMinor: 100, currency: 'EUR' } as unknown as ReturnType<typeof dollars>;
    expect(() => addMoney(dollars(100), euros)).toThrow(CurrencyMismatchError);
  });

  it('reads typed major units back exactly as it writes them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (amount) =>
        expect(parseMajorUnits(formatMajorUnits(dollars(amount)), 'USD')).toEqual(dollars(amount)),
      ),
    );
    expect(parseMajorUnits('125', 'USD')).toEqual(dollars(12_500));
    expect(parseMajorUnits('0.5', 'USD')).toEqual(dollars(50));
  });

  it('refuses typed amounts that are negative, finer than a cent or not numbers', () => {
    for (const typed of ['-5.00', '1.005', '1,000.00', '12e3', '', '.50'])
      expect(parseMajorUnits(typed, 'USD')).toBeUndefined();
  });
});
