import { describe, expect, it } from '@jest/globals';
import { minorUnitsOf, moneyInWords } from './money';

describe('amounts as the clerk reads and types them', () => {
  it('writes minor units in the currency’s own way, negative amounts included', () => {
    expect(moneyInWords(12_550, 'USD')).toBe('$125.50');
    expect(moneyInWords(5, 'USD')).toBe('$0.05');
    expect(moneyInWords(-2_000, 'USD')).toBe('-$20.00');
    expect(moneyInWords(123_456_789, 'USD')).toBe('$1,234,567.89');
  });

  it('reads what was typed digit by digit, so no amount is off by a cent', () => {
    expect(minorUnitsOf('125', 'USD')).toBe(12_500);
    expect(minorUnitsOf('125.5', 'USD')).toBe(12_550);
    expect(minorUnitsOf('$1,025.07', 'USD')).toBe(102_507);
    expect(minorUnitsOf('0.29', 'USD')).toBe(29);
  });

  it('refuses what is not an amount of the currency', () => {
    for (const typed of ['', '12.345', '-5', '1e3', 'twelve', '12.'])
      expect(minorUnitsOf(typed, 'USD')).toBeUndefined();
  });
});
