import { z } from 'zod';

export const portSchema = z.coerce.number().int().min(0).max(65535);

/** The internal port Prometheus scrapes; 9464 is the conventional exporter port, and each container has its own. */
export const metricsPortSchema = portSchema.default(9464);

export const serviceConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: portSchema,
  METRICS_PORT: metricsPortSchema,
  DATABASE_URL: z.string().url(),
  /**
   * Connections each process keeps to PostgreSQL. A unit of work holds one for all its round trips, so callers beyond
   * the pool wait for one (in arrival order); every replica adds its own pool to PostgreSQL's max_connections.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  REDIS_URL: z.string().url(),
  KAFKA_BROKERS: z
    .string()
    .min(1)
    .transform((value) => value.split(',').map((broker) => broker.trim())),
  /** Defaults to praxis-<service>; a separate group replays the topics on its own (blue/green, tests). */
  KAFKA_CONSUMER_GROUP: z
    .string()
    .regex(/^[\w.-]+$/)
    .optional(),
  /**
   * How long the broker waits on a consumer that went silent (a crashed replica) before its partitions move to the
   * group's others; 10 s when unset. Kafka refuses less than its group.min.session.timeout.ms (6 s by default).
   */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  INTERNAL_TOKEN_SECRET: z.string().min(32),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

export class InvalidConfigurationError extends Error {}

/** Configuration is read and checked once, at start-up; a service with a bad environment does not start. */
export const parseConfig = <S extends z.ZodTypeAny>(schema: S, environment: Record<string, unknown>): z.infer<S> => {
  const result = schema.safeParse(environment);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new InvalidConfigurationError(`invalid configuration: ${problems}`);
};

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
