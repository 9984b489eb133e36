import { Injectable } from '@nestjs/common';
import { ReadinessCheck } from '@praxis/platform';
import { RateLimiter } from '../rate-limits/rate-limiter';

@Injectable()
export class RedisReadiness implements ReadinessCheck {
  readonly name = 'redis';

  constructor(private readonly limiter: RateLimiter) {}

  async check(): Promise<void> {
    await this.limiter.ping();
  }
}
