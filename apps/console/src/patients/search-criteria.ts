import type { PatientCriteria } from './patient-data';

export type Reading = { criteria: PatientCriteria } | { hint: string };

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const dateOfBirthIn = (text: string): string | undefined => {
  if (ISO_DATE.test(text)) return text;
  const us = US_DATE.exec(text);
  return us ? `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}` : undefined;
};

/**
 * What the desk types, read the way they mean it: `03/14/1962` or `1962-03-14` is a date of birth, ten digits (with any
 * punctuation) a phone number, anything else `Last, First` with each name a prefix.
 */
export const readSearch = (input: string): Reading => {
  const text = input.trim();
  if (text === '') return { hint: 'Type a last name, a date of birth or a phone number.' };
  const dateOfBirth = dateOfBirthIn(text);
  if (dateOfBirth) return { criteria: { dateOfBirth } };
  if (/^[\d\s()+./-]+$/.test(text)) {
    const digits = text.replace(/\D/g, '');
    if (digits.length === 10 || (digits.length === 11 && digits.startsWith('1'))) return { criteria: { phone: text } };
    if (text.includes('/')) return { hint: 'Type a date of birth as MM/DD/YYYY.' };
    return { hint: 'Type all ten digits of the phone number, or a date of birth as MM/DD/YYYY.' };
  }
  const [lastName, firstName] = text.split(',').map((part) => part.trim());
  if (!lastName || lastName.length < 2) return { hint: 'Type at least two letters of the last name.' };
  return { criteria: { lastName, ...(firstName ? { firstName } : {}) } };
};
