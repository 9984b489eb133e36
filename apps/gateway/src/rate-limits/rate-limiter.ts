import { HttpException, HttpStatus, Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';

const WINDOW_SECONDS = 60;

export class RateLimitedError extends HttpException {
  constructor(readonly retryAfterSeconds: number, scope: string) {
    super(`too many requests for this ${scope}; retry in ${retryAfterSeconds}s`, HttpStatus.TOO_MANY_REQUESTS);
  }
}

export interface RateLimitSubject {
  tenantId?: string;
  userId?: string;
  clientAddress: string;
}

/** Fixed one-minute windows counted in Redis, so every gateway replica enforces the same budget. */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: false });
  }

  async consume(subject: RateLimitSubject): Promise<void> {
    const window = Math.floor(Date.now() / 1000 / WINDOW_SECONDS);
    const budgets: Array<[string, number, string]> = subject.userId
      ? [
          [`${this.config.RATE_LIMIT_NAMESPACE}:rate:user:${subject.userId}:${window}`, this.config.RATE_LIMIT_USER_PER_MINUTE, 'user'],
          [`${this.config.RATE_LIMIT_NAMESPACE}:rate:tenant:${subject.tenantId}:${window}`, this.config.RATE_LIMIT_TENANT_PER_MINUTE, 'clinic'],
        ]
      : [[`${this.config.RATE_LIMIT_NAMESPACE}:rate:anonymous:${subject.clientAddress}:${window}`, this.config.RATE_LIMIT_ANONYMOUS_PER_MINUTE, 'client']];
    const pipeline = this.redis.multi();
    for (const [key] of budgets) pipeline.incr(key).expire(key, WINDOW_SECONDS * 2);
    const results = (await pipeline.exec()) ?? [];
    budgets.forEach(([, limit, scope], index) => {
      const count = Number(results[index * 2]?.[1] ?? 0);
      if (count > limit) throw new RateLimitedError(WINDOW_SECONDS - (Math.floor(Date.now() / 1000) % WINDOW_SECONDS), scope);
    });
  }

  ping(): Promise<string> {
    return this.redis.ping();
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
