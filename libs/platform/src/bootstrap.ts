import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { kafkaTransportOptions } from '@praxis/messaging';
import { REQUEST_ID_HEADER, requestIdOf } from '@praxis/tenancy';
import type { NextFunction, Request, Response } from 'express';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { Logger } from 'nestjs-pino';
import { MetricsServer } from './metrics/metrics-server';
import { rejectHostileInput, requireAcceptedBodies, X12_MEDIA_TYPE } from './http/request-guards';
import { strictValidationPipe } from './http/validation';
import { describeService } from './openapi/service-document';

export interface HttpSetup {
  serviceName: string;
  /** Kafka brokers when the service consumes events through @EventPattern handlers. */
  consumerBrokers?: string[];
  consumerGroup?: string;
  consumerSessionTimeoutMs?: number;
  /** Services parse and check JSON bodies; the gateway keeps the bytes it received to pass them on untouched. */
  bodies?: BodySetup;
}

export interface BodySetup {
  kind: 'json' | 'raw';
  limitBytes: number;
  /** Exact paths whose body is an X12 interchange, read as text; every other body is JSON. */
  x12Paths?: readonly string[];
}

const DEFAULT_BODIES = { kind: 'json', limitBytes: 1024 * 1024 } as const;

export const API_PREFIX = 'api/v1';

/** Runs before anything can fail (body parsing included), and pins the id the tenant context will reuse. */
const echoRequestId = (request: Request, response: Response, next: NextFunction) => {
  const requestId = requestIdOf(request);
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader(REQUEST_ID_HEADER, requestId);
  next();
};

const readBodies = (app: NestExpressApplication, { kind, limitBytes, x12Paths }: BodySetup): void => {
  app.use(requireAcceptedBodies(x12Paths));
  if (kind === 'raw') {
    app.useBodyParser('raw', { type: () => true, limit: limitBytes, inflate: false });
    return;
  }
  app.useBodyParser('json', { limit: limitBytes, inflate: false });
  if (x12Paths?.length)
    app.useBodyParser('text', {
      type: (request) => X12_MEDIA_TYPE.test(request.headers['content-type'] ?? ''),
      limit: limitBytes,
      inflate: false,
    });
  app.use(rejectHostileInput);
};

/** Everything main.ts and the test harness must set up identically on a Nest application. */
export const configureHttpApp = async (
  app: NestExpressApplication,
  { serviceName, consumerBrokers, consumerGroup, consumerSessionTimeoutMs, bodies }: HttpSetup,
): Promise<void> => {
  app.useLogger(app.get(Logger));
  app.use(echoRequestId);
  readBodies(app, bodies ?? DEFAULT_BODIES);
  app.useGlobalPipes(strictValidationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, await describeService(app, serviceName), {
    jsonDocumentUrl: 'openapi.json',
    ui: false,
  });
  if (consumerBrokers) {
    app.connectMicroservice(
      kafkaTransportOptions({
        serviceName,
        brokers: consumerBrokers,
        consumerGroup,
        sessionTimeoutMs: consumerSessionTimeoutMs,
      }),
      {
        inheritAppConfig: true,
      },
    );
    await app.startAllMicroservices();
  }
};

export const createHttpApp = async (
  module: Type | ReturnType<typeof Object>,
  setup: HttpSetup,
): Promise<NestExpressApplication> => {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: false });
  await configureHttpApp(app, setup);
  return app;
};

/** Answers the request and returns true, or returns false to leave it to Nest. */
export type FrontHandler = (request: IncomingMessage, response: ServerResponse) => boolean;

/** A request the front handler takes costs no Express router, Nest pipeline or middleware: the hot path of a process. */
export const placeInFrontOfNest = (app: INestApplication, front: FrontHandler): void => {
  const server = app.getHttpServer() as Server;
  const nest = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!front(request, response)) for (const listener of nest) listener.call(server, request, response);
  });
};

export interface ListeningPorts {
  port: number;
  /** Internal: Prometheus scrapes /metrics here, never on the service's own port. */
  metricsPort: number;
}

export const listen = async (app: INestApplication, { port, metricsPort }: ListeningPorts): Promise<void> => {
  await app.get(MetricsServer).listen(metricsPort, '0.0.0.0');
  await app.listen(port, '0.0.0.0');
};
