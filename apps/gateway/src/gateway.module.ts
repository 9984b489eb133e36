import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import {
  Clock,
  edgeProviders,
  HealthController,
  READINESS_CHECKS,
  structuredLogging,
  SystemClock,
} from '@praxis/platform';
import { TenancyModule } from '@praxis/tenancy';
import { ApiDocsController } from './api-docs/api-docs.controller';
import { BrowserSessionsController } from './browser-sessions/browser-sessions.controller';
import { ConsoleMiddleware } from './console/console.middleware';
import { GATEWAY_CONFIG, GatewayConfig } from './gateway.config';
import { RedisReadiness } from './health/redis.readiness';
import { LIVE_CONTROLLERS, LIVE_PROVIDERS } from './live/live.parts';
import { RateLimiter } from './rate-limits/rate-limiter';
import { RevokedSessions } from './revocations/revoked-sessions';
import { StaffChangesConsumer } from './revocations/staff-changes.consumer';
import { CallerTokens } from './routing/caller-tokens';
import { ApiForwarder, GATEWAY_OWNED_PREFIXES } from './routing/api-forwarder';
import { gatewayOwnedPrefixes } from './routing/forwarded-paths';
import { SignedInCallers } from './routing/signed-in-callers';
import { Upstream } from './routing/upstream';

export const GATEWAY_SERVICE = 'gateway';

/** What the gateway answers itself; every other /api/v1 path is forwarded by ApiForwarder, in front of Nest. */
const GATEWAY_CONTROLLERS = [
  HealthController,
  ApiDocsController,
  BrowserSessionsController,
  StaffChangesConsumer,
  ...LIVE_CONTROLLERS,
];

@Module({})
export class GatewayModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ConsoleMiddleware).forRoutes('{*path}');
  }

  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [TenancyModule, structuredLogging(GATEWAY_SERVICE, config.LOG_LEVEL)],
      controllers: GATEWAY_CONTROLLERS,
      providers: [
        ...edgeProviders(),
        { provide: GATEWAY_CONFIG, useValue: config },
        RateLimiter,
        RevokedSessions,
        Upstream,
        CallerTokens,
        SignedInCallers,
        { provide: Clock, useClass: SystemClock },
        ...LIVE_PROVIDERS,
        ApiForwarder,
        { provide: GATEWAY_OWNED_PREFIXES, useValue: gatewayOwnedPrefixes(GATEWAY_CONTROLLERS) },
        RedisReadiness,
        { provide: READINESS_CHECKS, useFactory: (redis: RedisReadiness) => [redis], inject: [RedisReadiness] },
      ],
    };
  }
}
