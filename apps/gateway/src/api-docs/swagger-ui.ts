import { INestApplication } from '@nestjs/common';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ApiDocsController } from './api-docs.controller';

const PLACEHOLDER: OpenAPIObject = { openapi: '3.0.0', info: { title: 'Praxis API', version: '1' }, paths: {} };

/**
 * Swagger UI at /api/docs, showing the merged document as the services describe themselves at the moment the page
 * loads (not a copy taken at start-up), with "Authorize" for bearer tokens.
 */
export const serveSwaggerUi = (app: INestApplication): void => {
  const docs = app.get(ApiDocsController);
  SwaggerModule.setup('api/docs', app, () => PLACEHOLDER, {
    raw: false,
    swaggerOptions: { persistAuthorization: true, displayRequestDuration: true },
    patchDocumentOnRequest: () => docs.document(),
  });
};
