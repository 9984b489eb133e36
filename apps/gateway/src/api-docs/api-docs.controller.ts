import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController, OpenAPIObject } from '@nestjs/swagger';
import { Public } from '@praxis/auth';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';
import { ROUTES, serviceUrls } from '../routing/route-table';
import { Upstream } from '../routing/upstream';
import { mergeServiceDocuments } from './merged-document';

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
  async document(): Promise<OpenAPIObject> {
    const urls = serviceUrls(this.config);
    const services = [...new Set(ROUTES.map((route) => route.service))];
    const described = await Promise.all(
      services.map(async (service) => ({
        service,
        document: await this.upstream.getJson(urls[service], '/openapi.json').then(
          (document) => document as OpenAPIObject,
          () => undefined,
        ),
      })),
    );
    return mergeServiceDocuments(described);
  }
}
