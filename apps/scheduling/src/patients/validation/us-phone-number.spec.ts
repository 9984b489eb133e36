import { normaliseUsPhoneNumber } from './us-phone-number';

describe('US phone numbers', () => {
  it.each(['(312) 555-0142', '312-555-0142', '312.555.0142', '3125550142', '+1 312 555 0142', '1-312-555-0142'])(
    'stores %s as +13125550142',
    (raw) => {
      expect(normaliseUsPhoneNumber(raw)).toBe('+13125550142');
    },
  );

  it.each(['555-0142', '123-456-7890', '+44 20 7946 0958', '312-555-01420', 'call me'])('refuses %s', (raw) => {
    expect(normaliseUsPhoneNumber(raw)).toBeUndefined();
  });
});
