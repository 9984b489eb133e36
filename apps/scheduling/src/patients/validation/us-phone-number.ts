import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** A North American number in E.164 (`+1XXXXXXXXXX`), or undefined when the input is not a valid one. */
export const normaliseUsPhoneNumber = (raw: string): string | undefined => {
  const parsed = parsePhoneNumberFromString(raw, 'US');
  return parsed?.countryCallingCode === '1' && parsed.isValid() ? parsed.number : undefined;
};

/** Validates a US phone number and stores it in E.164, so `(312) 555-0100` and `312-555-0100` find the same patient. */
export const IsUsPhoneNumber =
  (options?: ValidationOptions) =>
  (target: object, propertyName: string): void => {
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (normaliseUsPhoneNumber(value) ?? value) : value,
    )(target, propertyName);
    registerDecorator({
      name: 'isUsPhoneNumber',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a valid US phone number`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && normaliseUsPhoneNumber(value) === value },
    });
  };
