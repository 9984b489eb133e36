import { DynamicModule, Module, Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard, INTERNAL_TOKEN_SECRET, PERMISSION_TABLE, PermissionTable } from '@praxis/auth';
import { MessagingModule } from '@praxis/messaging';
import { TenancyModule, TenantTransactions } from '@praxis/tenancy';
import { CommandContext } from './commands/tenant-command';
import { ServiceConfig, SERVICE_CONFIG } from './config/service-config';
import { DatabaseReadiness } from './health/database.readiness';
import { HealthController } from './health/health.controller';
import { IdempotentReplayInterceptor, IdempotentRequests } from './idempotency/idempotent-requests';
import { READINESS_CHECKS } from './health/readiness';
import { CONSTRAINT_VIOLATIONS, ConstraintViolations } from './errors/constraint-violations';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { structuredLogging } from './logging/logger.module';
import { Clock, SystemClock } from './time/clock';
import { HttpMetricsInterceptor } from './metrics/metrics';
import { MetricsServer } from './metrics/metrics-server';

export interface ServiceDefinition {
  serviceName: string;
  config: ServiceConfig;
  permissions: PermissionTable;
  entities: NonNullable<Parameters<typeof TypeOrmModule.forFeature>[0]>;
  constraintViolations?: ConstraintViolations;
}

/** Pieces every HTTP process shares, the gateway included: logs, problem+json, metrics (served on their own port), health. */
export const edgeProviders = (readinessChecks: Provider[] = []): Provider[] => [
  { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  { provide: APP_INTERCEPTOR, useClass: HttpMetricsInterceptor },
  MetricsServer,
  ...readinessChecks,
];

/** What a domain service stands on: its own database, tenancy, messaging, the access guard. */
@Module({})
export class PlatformModule {
  static forService({
    serviceName,
    config,
    permissions,
    entities,
    constraintViolations = {},
  }: ServiceDefinition): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        TenancyModule,
        structuredLogging(serviceName, config.LOG_LEVEL),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.DATABASE_URL,
          entities,
          synchronize: false,
          extra: { max: config.DATABASE_POOL_SIZE },
        }),
        TypeOrmModule.forFeature(entities),
        MessagingModule.forService({ serviceName, brokers: config.KAFKA_BROKERS }),
      ],
      controllers: [HealthController],
      providers: [
        ...edgeProviders(),
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: PERMISSION_TABLE, useValue: permissions },
        { provide: CONSTRAINT_VIOLATIONS, useValue: constraintViolations },
        { provide: INTERNAL_TOKEN_SECRET, useValue: config.INTERNAL_TOKEN_SECRET },
        { provide: APP_GUARD, useClass: AccessGuard },
        TenantTransactions,
        { provide: Clock, useClass: SystemClock },
        CommandContext,
        IdempotentRequests,
        { provide: APP_INTERCEPTOR, useClass: IdempotentReplayInterceptor },
        DatabaseReadiness,
        {
          provide: READINESS_CHECKS,
          useFactory: (database: DatabaseReadiness) => [database],
          inject: [DatabaseReadiness],
        },
      ],
      exports: [TypeOrmModule, SERVICE_CONFIG, TenantTransactions, Clock, CommandContext, IdempotentRequests],
    };
  }
}
