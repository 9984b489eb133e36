import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { AccessClaims } from '@praxis/auth';
import Redis from 'ioredis';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';

/** An access token lives at most this long, so older revocations can no longer matter. */
const LONGEST_ACCESS_TOKEN_MS = 60 * 60 * 1000;

const memberOf = (tenantId: string, userId: string) => `${tenantId}:${userId}`;

/**
 * Access tokens issued to a staff member before they were deactivated or had their roles changed. The list lives
 * in Redis so every gateway replica shares it, and each replica keeps a copy in memory refreshed every
 * REVOCATION_SYNC_MS: checking a token costs no round trip, and a revocation takes effect within that interval.
 */
@Injectable()
export class RevokedSessions implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RevokedSessions.name);
  private readonly redis: Redis;
  private readonly key: string;
  private revokedAt = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
    this.key = `${config.RATE_LIMIT_NAMESPACE}:revoked-sessions`;
  }

  async onModuleInit(): Promise<void> {
    await this.sync();
    this.timer = setInterval(() => void this.sync(), this.config.REVOCATION_SYNC_MS);
    this.timer.unref();
  }

  /** Every token of the member issued up to `at` stops working; keeps the latest revocation when events repeat. */
  async revoke(tenantId: string, userId: string, at: Date): Promise<void> {
    const member = memberOf(tenantId, userId);
    await this.redis
      .multi()
      .zadd(this.key, 'GT', at.getTime(), member)
      .zremrangebyscore(this.key, '-inf', Date.now() - LONGEST_ACCESS_TOKEN_MS)
      .exec();
    this.revokedAt.set(member, Math.max(at.getTime(), this.revokedAt.get(member) ?? 0));
  }

  /** JWT `iat` has whole seconds: a token from the very second of the change is refused too; signing in again a moment later works. */
  isRevoked(claims: AccessClaims): boolean {
    const revokedAt = this.revokedAt.get(memberOf(claims.tenantId, claims.userId));
    return revokedAt !== undefined && claims.issuedAtSeconds <= Math.floor(revokedAt / 1000);
  }

  private async sync(): Promise<void> {
    try {
      const entries = await this.redis.zrangebyscore(
        this.key,
        Date.now() - LONGEST_ACCESS_TOKEN_MS,
        '+inf',
        'WITHSCORES',
      );
      const fresh = new Map<string, number>();
      for (let index = 0; index < entries.length; index += 2) fresh.set(entries[index], Number(entries[index + 1]));
      this.revokedAt = fresh;
    } catch (error) {
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'could not refresh revoked sessions; keeping the last copy',
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.redis.quit().catch(() => undefined);
  }
}
