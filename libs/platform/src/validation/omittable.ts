import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but an explicit null is validated like any other value, and so refused. Use it
 * instead of IsOptional (which lets null through to a NOT NULL column) unless null has a meaning of its own.
 */
export const OmittableButNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
