import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@praxis/auth';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';
import { ROUTES, serviceUrls } from '../routing/route-table';
import { Upstream } from '../routing/upstream';

interface OpenApiDocument {
  paths?: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown> };
}

/** One OpenAPI document for the whole public API, assembled from what each service describes of itself. */
@ApiExcludeController()
@Controller('api')
export class ApiDocsController {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly upstream: Upstream,
  ) {}

  @Public()
  @Get('openapi.json')
  async document(): Promise<object> {
    const urls = serviceUrls(this.config);
    const services = [...new Set(ROUTES.map((route) => route.service))];
    const documents = await Promise.all(
      services.map((service) =>
        this.upstream.getJson(urls[service], '/openapi.json').then((document) => document as OpenApiDocument, () => ({}) as OpenApiDocument),
      ),
    );
    const merged = documents.reduce<Required<OpenApiDocument>>(
      (all, document) => ({
        paths: { ...all.paths, ...document.paths },
        components: { schemas: { ...all.components.schemas, ...document.components?.schemas } },
      }),
      { paths: {}, components: { schemas: {} } },
    );
    return {
      openapi: '3.0.0',
      info: { title: 'Praxis API', version: '1' },
      ...merged,
      components: { ...merged.components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    };
  }
}
