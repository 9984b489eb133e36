import { DynamicModule } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { HttpSetup } from '@praxis/platform';
import { documentationGaps, queryParametersRead } from './openapi-completeness';
import { documentOperations } from './openapi-operations';
import { RunningService, startService } from './service-app';

export interface DescribedService {
  module: DynamicModule;
  setup: HttpSetup;
  /** A floor on the routes found, so a module that lost its controllers cannot pass with an empty document. */
  fewestRoutes: number;
}

/** The suite every service runs against its own OpenAPI document: complete, typed and answering problem+json. */
export const describeServiceApi = ({ module, setup, fewestRoutes }: DescribedService): void =>
  describe(`${setup.serviceName} describes its API`, () => {
    let service: RunningService;
    let document: OpenAPIObject;

    beforeAll(async () => {
      service = await startService(module, setup);
      document = (await (await fetch(`${service.url}/openapi.json`)).json()) as OpenAPIObject;
    });
    afterAll(() => service.close());

    it('lists every API route it serves', () => {
      const routes = Object.keys(queryParametersRead(module)).filter((route) => route.includes(' /api/'));
      expect(routes.length).toBeGreaterThan(fewestRoutes);
      expect(
        documentOperations(document)
          .map(({ key }) => key)
          .sort(),
      ).toEqual(routes.sort());
    });

    it('gives every operation typed requests, parameters and answers, and problem+json errors', () => {
      expect(documentationGaps(document, queryParametersRead(module))).toEqual([]);
    });
  });
