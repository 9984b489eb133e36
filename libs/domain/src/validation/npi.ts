import { registerDecorator, ValidationOptions } from 'class-validator';

// CMS: the NPI check digit is the Luhn digit computed over "80840" followed by the first nine digits.
const NPI_PREFIX = '80840';

export const isValidNpi = (value: unknown): boolean => {
  if (typeof value !== 'string' || !/^\d{10}$/.test(value)) return false;
  const digits = `${NPI_PREFIX}${value}`.split('').map(Number);
  const sum = digits
    .reverse()
    .map((digit, index) => (index % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit))
    .reduce((total, digit) => total + digit, 0);
  return sum % 10 === 0;
};

export const IsNpi = (options?: ValidationOptions) => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'isNpi',
    target: target.constructor,
    propertyName,
    options: { message: `${propertyName} must be a 10-digit NPI with a valid check digit`, ...options },
    validator: { validate: isValidNpi },
  });
