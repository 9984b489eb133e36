import { registerDecorator, ValidationOptions } from 'class-validator';
import { isRealLocalDate } from './slots/wall-clock';

export const WALL_CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const WALL_CLOCK_MESSAGE = (property: string) => `${property} must be a wall-clock time HH:mm (00:00–23:59)`;

/** A calendar date that exists (2026-02-30 does not), as YYYY-MM-DD. */
export const IsLocalDate = (options?: ValidationOptions) => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'isLocalDate',
    target: target.constructor,
    propertyName,
    options: { message: `${propertyName} must be a real calendar date as YYYY-MM-DD`, ...options },
    validator: { validate: isRealLocalDate },
  });
