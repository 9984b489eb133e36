import { DynamicModule, INestApplication } from '@nestjs/common';
import { z } from 'zod';
import { createHttpApp, FrontHandler, HttpSetup, listen, placeInFrontOfNest } from './bootstrap';
import { parseConfig, ServiceConfig } from './config/service-config';

/** Kafka is optional: a process that consumes no events (the sandbox clearinghouse) names no brokers. */
type RunnableConfig = Pick<ServiceConfig, 'PORT' | 'METRICS_PORT'> &
  Partial<Pick<ServiceConfig, 'KAFKA_BROKERS' | 'KAFKA_CONSUMER_GROUP' | 'KAFKA_SESSION_TIMEOUT_MS'>>;

export interface ServiceRecipe<Config extends RunnableConfig> {
  serviceName: string;
  configSchema: z.ZodType<Config, z.ZodTypeDef, unknown>;
  module: (config: Config) => DynamicModule;
  /** How the service reads bodies, when not as checked JSON (the gateway passes bytes on untouched). */
  bodies?: (config: Config) => HttpSetup['bodies'];
  /** Last additions to the application before it listens (the gateway's Swagger UI). */
  beforeListening?: (app: INestApplication) => void;
  /** Requests answered before Nest sees them (the gateway's forwarding to the services). */
  inFrontOfNest?: (app: INestApplication, config: Config) => FrontHandler;
}

/** main.ts of every service: configuration read and checked once, HTTP and event consumers started. */
export const runService = async <Config extends RunnableConfig>(recipe: ServiceRecipe<Config>): Promise<void> => {
  const config = parseConfig(recipe.configSchema, process.env);
  const app = await createHttpApp(recipe.module(config), {
    serviceName: recipe.serviceName,
    bodies: recipe.bodies?.(config),
    consumerBrokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_CONSUMER_GROUP,
    consumerSessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
  });
  recipe.beforeListening?.(app);
  if (recipe.inFrontOfNest) {
    // Initialised first, so what the handler shares with Nest (its request logger above all) is set up.
    await app.init();
    placeInFrontOfNest(app, recipe.inFrontOfNest(app, config));
  }
  await listen(app, { port: config.PORT, metricsPort: config.METRICS_PORT });
};
