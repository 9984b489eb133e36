import { metricsPortSchema, portSchema, serviceConfigSchema } from '@praxis/platform';
import { join } from 'node:path';
import { z } from 'zod';

const url = z.string().url();

export const gatewayConfigSchema = z.object({
  PORT: portSchema,
  METRICS_PORT: metricsPortSchema,
  REDIS_URL: url,
  INTERNAL_TOKEN_SECRET: z.string().min(32),
  ACCESS_TOKEN_SECRET: z.string().min(32),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  IDENTITY_URL: url,
  SCHEDULING_URL: url,
  BILLING_URL: url,
  CLAIMS_URL: url,
  TRAINING_URL: url,
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Kept-alive connections to each service; requests beyond them wait their turn (within UPSTREAM_TIMEOUT_MS). */
  UPSTREAM_CONNECTIONS_PER_SERVICE: z.coerce.number().int().positive().default(64),
  /** Request bodies above this get 413 at the door; services accept the same 1 MiB by default. */
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  KAFKA_BROKERS: serviceConfigSchema.shape.KAFKA_BROKERS,
  KAFKA_CONSUMER_GROUP: serviceConfigSchema.shape.KAFKA_CONSUMER_GROUP,
  /** How often each replica refreshes its copy of the revoked sessions: the most a revoked token can still be used. */
  REVOCATION_SYNC_MS: z.coerce.number().int().positive().default(1_000),
  /** How long one internal token vouches for the same caller before a fresh one is signed; it lives 60 s. */
  INTERNAL_TOKEN_REUSE_MS: z.coerce.number().int().nonnegative().default(15_000),
  /** Verified access tokens and reusable internal tokens each remembered at most: bounds memory under a flood of callers. */
  TOKEN_CACHE_ENTRIES: z.coerce.number().int().positive().default(10_000),
  /** Lets environments that share one Redis keep separate budgets and revocation lists. */
  RATE_LIMIT_NAMESPACE: z
    .string()
    .regex(/^[\w-]+$/)
    .default('praxis'),
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().positive().default(600),
  RATE_LIMIT_TENANT_PER_MINUTE: z.coerce.number().int().positive().default(3_000),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().positive().default(60),
  /** How often each replica adds its local request counts to the shared ones: how stale another replica's view can be. */
  RATE_LIMIT_SYNC_MS: z.coerce.number().int().positive().default(200),
  /** How often a quiet live stream sends a comment, so proxies and load balancers keep the connection open. */
  LIVE_HEARTBEAT_MS: z.coerce.number().int().positive().default(15_000),
  /** The built web console (`vite build` writes it beside the built gateway); absent, the gateway serves only the API. */
  CONSOLE_DIRECTORY: z.string().default(join(__dirname, '..', '..', 'console')),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
