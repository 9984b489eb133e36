import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, RequestValidationError } from '../errors/domain-error';

const flatten = (errors: ValidationError[], parent = ''): FieldProblem[] =>
  errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });

/** Unknown fields are rejected, not silently dropped: a typo in a request must not be mistaken for success. */
export const strictValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
  });
