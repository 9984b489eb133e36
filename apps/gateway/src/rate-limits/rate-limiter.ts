import { HttpException, HttpStatus, Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';
import { SharedCounters } from './shared-counters';

const WINDOW_SECONDS = 60;

/** The last tenth of every budget is counted in Redis request by request, so the budgets of all replicas add up. */
const EXACTLY_COUNTED_SHARE = 0.1;

export class RateLimitedError extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    scope: string,
  ) {
    super(`too many requests for this ${scope}; retry in ${retryAfterSeconds}s`, HttpStatus.TOO_MANY_REQUESTS);
  }
}

export interface RateLimitSubject {
  tenantId?: string;
  userId?: string;
  clientAddress: string;
}

interface ScopedBudget {
  key: string;
  limit: number;
  scope: string;
}

/** Fixed one-minute windows counted in Redis, so every gateway replica enforces the same budget. */
@Injectable()
export class RateLimiter implements OnModuleInit, OnModuleDestroy {
  private readonly redis: Redis;
  private readonly counters: SharedCounters;
  private timer?: NodeJS.Timeout;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: false });
    this.counters = new SharedCounters(this.redis, WINDOW_SECONDS * 2, EXACTLY_COUNTED_SHARE);
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.counters.sync(Date.now()), this.config.RATE_LIMIT_SYNC_MS);
    this.timer.unref();
  }

  async consume(subject: RateLimitSubject): Promise<void> {
    const now = Date.now();
    const budgets = this.budgetsOf(subject, Math.floor(now / 1000 / WINDOW_SECONDS));
    const refusing = await this.counters.refusingBudget(budgets, now);
    if (refusing)
      throw new RateLimitedError(WINDOW_SECONDS - (Math.floor(Date.now() / 1000) % WINDOW_SECONDS), refusing.scope);
  }

  ping(): Promise<string> {
    return this.redis.ping();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.counters.sync(Date.now());
    await this.redis.quit().catch(() => undefined);
  }

  private budgetsOf(subject: RateLimitSubject, window: number): ScopedBudget[] {
    const prefix = `${this.config.RATE_LIMIT_NAMESPACE}:rate`;
    return subject.userId
      ? [
          {
            key: `${prefix}:user:${subject.userId}:${window}`,
            limit: this.config.RATE_LIMIT_USER_PER_MINUTE,
            scope: 'user',
          },
          {
            key: `${prefix}:tenant:${subject.tenantId}:${window}`,
            limit: this.config.RATE_LIMIT_TENANT_PER_MINUTE,
            scope: 'clinic',
          },
        ]
      : [
          {
            key: `${prefix}:anonymous:${subject.clientAddress}:${window}`,
            limit: this.config.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
            scope: 'client',
          },
        ];
  }
}
