import { isValidNpi } from './npi';

describe('NPI check digit', () => {
  it.each(['1234567893', '1245319599'])('accepts %s', (npi) => expect(isValidNpi(npi)).toBe(true));
  it.each(['1234567890', '123456789', '12345678931', 'abcdefghij'])('rejects %s', (npi) =>
    expect(isValidNpi(npi)).toBe(false),
  );
});
