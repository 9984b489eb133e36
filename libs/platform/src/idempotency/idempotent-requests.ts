import { createHash } from 'node:crypto';
import { CallHandler, createParamDecorator, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { PraxisClsStore } from '@praxis/tenancy';
import type { Request, Response } from 'express';
import { ClsService } from 'nestjs-cls';
import { Observable, tap } from 'rxjs';
import { EntityManager } from 'typeorm';
import { RequestValidationError, UnprocessableError } from '../errors/domain-error';

/** The caller's key, if it sent one, and what identifies its request: a reused key with another request is refused. */
export interface IdempotentCall {
  key?: string;
  request?: unknown;
}

export interface IdempotentOutcome<T> {
  result: T;
  replayed: boolean;
}

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAY_HEADER = 'idempotent-replayed';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** A malformed key is refused wherever it arrives, the gateway included, so a retry never silently loses its protection. */
export const checkIdempotencyKey = (key: string | undefined): string | undefined => {
  if (key === undefined) return undefined;
  if (!KEY_PATTERN.test(key)) {
    throw new RequestValidationError([
      { field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' },
    ]);
  }
  return key;
};

const fingerprintOf = (request: unknown): string => createHash('sha256').update(JSON.stringify(request)).digest('hex');

/** Names the header in the OpenAPI operation of every route that honours it. */
const documentIdempotencyKey =
  (required: boolean) =>
  (target: object, method: string | symbol | undefined): void => {
    const descriptor = method === undefined ? undefined : Object.getOwnPropertyDescriptor(target, method);
    if (!descriptor) return;
    ApiHeader({
      name: 'Idempotency-Key',
      required,
      description: 'a retry with the same key and body gets the first answer back instead of doing the work twice',
      schema: { type: 'string', pattern: KEY_PATTERN.source },
    })(target, method as string | symbol, descriptor);
  };

const headerOf = (execution: ExecutionContext): string | undefined =>
  execution.switchToHttp().getRequest<Request>().header(IDEMPOTENCY_KEY_HEADER);

/** The `Idempotency-Key` header, checked for shape; absent means the caller does not ask for replay protection. */
export const IdempotencyKey = createParamDecorator(
  (_data: unknown, execution: ExecutionContext): string | undefined => checkIdempotencyKey(headerOf(execution)),
  [documentIdempotencyKey(false)],
);

/** For requests that move money: without a key a retry after a lost answer could do it twice, so none is 400. */
export const RequiredIdempotencyKey = createParamDecorator(
  (_data: unknown, execution: ExecutionContext): string => {
    const key = checkIdempotencyKey(headerOf(execution));
    if (key === undefined)
      throw new RequestValidationError([
        { field: 'Idempotency-Key', message: 'is required on a request that moves money' },
      ]);
    return key;
  },
  [documentIdempotencyKey(true)],
);

export class IdempotencyKeyReusedError extends UnprocessableError {
  constructor() {
    super('this Idempotency-Key was already used for a different request', [
      { field: 'Idempotency-Key', message: 'reused with another body' },
    ]);
  }
}

/**
 * A retried request with the same key gets the first result back instead of doing the work again. The key is
 * claimed under a transaction-scoped lock in the caller's transaction, so concurrent retries wait for the first;
 * a first attempt that fails leaves nothing behind and the retry runs afresh.
 */
@Injectable()
export class IdempotentRequests {
  constructor(private readonly cls: ClsService<PraxisClsStore>) {}

  async once<T>(
    manager: EntityManager,
    key: string | undefined,
    request: unknown,
    work: () => Promise<T>,
  ): Promise<IdempotentOutcome<T>> {
    if (!key) return { result: await work(), replayed: false };
    const fingerprint = fingerprintOf(request);
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended(current_setting('app.tenant_id') || ':' || $1, 0))`,
      [key],
    );
    const [earlier] = await manager.query(
      `SELECT request_fingerprint, response FROM idempotent_requests WHERE idempotency_key = $1`,
      [key],
    );
    if (earlier) {
      if (earlier.request_fingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
      if (this.cls.isActive()) this.cls.set('idempotentReplay', true);
      return { result: earlier.response as T, replayed: true };
    }
    const result = await work();
    await manager.query(
      `INSERT INTO idempotent_requests (tenant_id, idempotency_key, request_fingerprint, response)
       VALUES (current_setting('app.tenant_id')::uuid, $1, $2, $3)`,
      [key, fingerprint, JSON.stringify(result)],
    );
    return { result, replayed: false };
  }
}

/** Tells the caller that the answer is the first one, replayed, and that nothing was done again. */
@Injectable()
export class IdempotentReplayInterceptor implements NestInterceptor {
  constructor(private readonly cls: ClsService<PraxisClsStore>) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      tap(() => {
        if (this.cls.isActive() && this.cls.get('idempotentReplay'))
          execution.switchToHttp().getResponse<Response>().setHeader(IDEMPOTENT_REPLAY_HEADER, 'true');
      }),
    );
  }
}
