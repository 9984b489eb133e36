import { describe, expect, it } from '@jest/globals';
import { readSearch } from './search-criteria';

describe('what the front desk types to find a patient', () => {
  it('reads a date of birth written the American way or as ISO', () => {
    expect(readSearch('3/4/1962')).toEqual({ criteria: { dateOfBirth: '1962-03-04' } });
    expect(readSearch(' 1962-03-04 ')).toEqual({ criteria: { dateOfBirth: '1962-03-04' } });
  });

  it('reads ten digits, with any punctuation or a leading 1, as a phone number', () => {
    expect(readSearch('(312) 555-0100')).toEqual({ criteria: { phone: '(312) 555-0100' } });
    expect(readSearch('+1 312.555.0100')).toEqual({ criteria: { phone: '+1 312.555.0100' } });
  });

  it('reads anything else as a last name, then after a comma a first name', () => {
    expect(readSearch('Okafor')).toEqual({ criteria: { lastName: 'Okafor' } });
    expect(readSearch('Okafor, Ad')).toEqual({ criteria: { lastName: 'Okafor', firstName: 'Ad' } });
    expect(readSearch("O'Brien-Smith,")).toEqual({ criteria: { lastName: "O'Brien-Smith" } });
  });

  it('asks for more instead of searching on what cannot find anyone yet', () => {
    expect(readSearch('')).toEqual({ hint: 'Type a last name, a date of birth or a phone number.' });
    expect(readSearch('O')).toEqual({ hint: 'Type at least two letters of the last name.' });
    expect(readSearch('555-01')).toEqual({
      hint: 'Type all ten digits of the phone number, or a date of birth as MM/DD/YYYY.',
    });
    expect(readSearch('03/14')).toEqual({ hint: 'Type a date of birth as MM/DD/YYYY.' });
  });
});
