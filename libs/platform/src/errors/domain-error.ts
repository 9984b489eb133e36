export interface FieldProblem {
  field: string;
  message: string;
}

/** A failure the caller can act on; the problem filter turns it into application/problem+json. */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  readonly extensions: Record<string, unknown> = {};
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly title = 'Not Found';
  constructor(resource: string, id: string) {
    super(`${resource} ${id} does not exist`);
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly title = 'Conflict';
}

export class UnprocessableError extends DomainError {
  readonly status = 422;
  readonly title = 'Unprocessable Content';
  constructor(
    detail: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(detail);
  }
}

export class RequestValidationError extends DomainError {
  readonly status = 400;
  readonly title = 'Bad Request';
  constructor(readonly errors: FieldProblem[]) {
    super(`invalid request: ${errors.map((problem) => problem.field).join(', ')}`);
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly status = 415;
  readonly title = 'Unsupported Media Type';
}

export class PayloadTooLargeError extends DomainError {
  readonly status = 413;
  readonly title = 'Content Too Large';
  constructor(limitBytes: number) {
    super(`the request body is larger than the limit of ${limitBytes} bytes`);
    this.extensions.limitBytes = limitBytes;
  }
}
