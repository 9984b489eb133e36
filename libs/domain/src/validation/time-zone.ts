import { registerDecorator, ValidationOptions } from 'class-validator';
import { IANAZone } from 'luxon';

export const IsIanaTimeZone = (options?: ValidationOptions) => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'isIanaTimeZone',
    target: target.constructor,
    propertyName,
    options: { message: `${propertyName} must be an IANA time zone such as America/Chicago`, ...options },
    validator: { validate: (value: unknown) => typeof value === 'string' && IANAZone.isValidZone(value) },
  });
