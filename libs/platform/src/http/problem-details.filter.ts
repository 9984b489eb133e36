import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Inject,
  Logger,
  Optional,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { ClsServiceManager } from 'nestjs-cls';
import { CONSTRAINT_VIOLATIONS, ConstraintViolations, domainErrorOfViolation } from '../errors/constraint-violations';
import { DomainError, PayloadTooLargeError, RequestValidationError, UnprocessableError } from '../errors/domain-error';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

const problemOfHttpException = (exception: HttpException): Problem => {
  const status = exception.getStatus();
  const body = exception.getResponse();
  const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
  const detail = Array.isArray(message)
    ? message.join('; ')
    : typeof message === 'string'
      ? message
      : exception.message;
  return { type: 'about:blank', title: HttpStatus[status]?.replace(/_/g, ' ') ?? 'Error', status, detail };
};

/** Extensions come first so that no extension can overwrite a standard member (RFC 9457). */
const problemOfDomainError = (error: DomainError): Problem => ({
  ...error.extensions,
  type: 'about:blank',
  title: error.title,
  status: error.status,
  detail: error.message,
  ...(error instanceof RequestValidationError || error instanceof UnprocessableError ? { errors: error.errors } : {}),
});

interface BodyReadError {
  type: string;
  status: number;
  limit?: number;
}

/** body-parser's errors carry a `type` and a 4xx status of their own; they happen before any controller runs. */
const isBodyReadError = (error: unknown): error is BodyReadError => {
  const candidate = error as Partial<BodyReadError> | null;
  return (
    typeof candidate?.type === 'string' &&
    typeof candidate.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500
  );
};

const BODY_READ_DETAILS: Record<string, string> = {
  'entity.parse.failed': 'malformed JSON body',
  'encoding.unsupported': 'the body must be sent uncompressed',
  'charset.unsupported': 'the body must be UTF-8',
  'request.aborted': 'the request body was cut short',
  'request.size.invalid': 'the body is shorter or longer than its Content-Length',
};

const problemOfBodyReadError = (error: BodyReadError): Problem => {
  if (error.type === 'entity.too.large' && error.limit !== undefined)
    return problemOfDomainError(new PayloadTooLargeError(error.limit));
  const status = error.type === 'encoding.unsupported' || error.type === 'charset.unsupported' ? 415 : error.status;
  return {
    type: 'about:blank',
    title: HttpStatus[status]?.replace(/_/g, ' ') ?? 'Bad Request',
    status,
    detail: BODY_READ_DETAILS[error.type] ?? 'the request body could not be read',
  };
};

export const toProblem = (exception: unknown, violations: ConstraintViolations = {}): Problem | undefined => {
  if (exception instanceof DomainError) return problemOfDomainError(exception);
  if (isBodyReadError(exception)) return problemOfBodyReadError(exception);
  if (exception instanceof HttpException) return problemOfHttpException(exception);
  const violation = domainErrorOfViolation(exception, violations);
  return violation ? problemOfDomainError(violation) : undefined;
};

/** A failed query's parameters can hold patient data: the log keeps the error's kind, message and stack only. */
const loggableError = (exception: unknown) =>
  exception instanceof Error
    ? { type: exception.name, message: exception.message, stack: exception.stack }
    : { type: typeof exception };

const unexpectedErrors = new Logger('ProblemDetailsFilter');

const unexpected = (exception: unknown): Problem => {
  unexpectedErrors.error({ err: loggableError(exception) }, 'unhandled error');
  return { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'an unexpected error occurred' };
};

export interface ProblemAnswer {
  status: number;
  /** The application/problem+json document; unexpected errors are logged and told apart by request id only. */
  body: string;
}

/** How any error leaves a process, whether Nest answered the request or a handler in front of it did. */
export const problemAnswer = (
  exception: unknown,
  instance: string,
  requestId: string | undefined,
  violations: ConstraintViolations = {},
): ProblemAnswer => {
  const problem = toProblem(exception, violations) ?? unexpected(exception);
  return { status: problem.status, body: JSON.stringify({ ...problem, instance, requestId }) };
};

/** Every error leaves a service as application/problem+json. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(@Optional() @Inject(CONSTRAINT_VIOLATIONS) private readonly violations: ConstraintViolations = {}) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const requestId = ClsServiceManager.getClsService().getId();
    const answer = problemAnswer(exception, request.originalUrl, requestId, this.violations);
    http.getResponse<Response>().status(answer.status).type(PROBLEM_CONTENT_TYPE).send(answer.body);
  }
}
