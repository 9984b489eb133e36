import { QueryFailedError } from 'typeorm';
import { ConflictError, DomainError } from './domain-error';

/** Which domain error each of a service's database constraints stands for when the database refuses a write. */
export type ConstraintViolations = Readonly<Record<string, () => DomainError>>;

export const CONSTRAINT_VIOLATIONS = Symbol('CONSTRAINT_VIOLATIONS');

const PG_UNIQUE_VIOLATION = '23505';

class DuplicateValueError extends ConflictError {
  constructor() {
    super('a record with the same unique value already exists');
  }
}

export const violatedConstraint = (error: unknown): string | undefined =>
  error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;

/** The domain error the service registered for the violated constraint; any other duplicate value is a plain conflict. */
export const domainErrorOfViolation = (error: unknown, violations: ConstraintViolations): DomainError | undefined => {
  if (!(error instanceof QueryFailedError)) return undefined;
  const constraint = violatedConstraint(error);
  const registered = constraint === undefined ? undefined : violations[constraint];
  if (registered) return registered();
  return (error.driverError as { code?: string }).code === PG_UNIQUE_VIOLATION ? new DuplicateValueError() : undefined;
};
