import { Controller, DynamicModule, Get } from '@nestjs/common';
import { PermissionTable, SERVICE_ACCESS } from '@praxis/auth';
import {
  builtServiceModule,
  countRoutes,
  gatewayAndServiceDisagreements,
  routesWithoutDeclaredAccess,
  TEST_ACCESS_SECRET,
  TEST_INTERNAL_SECRET,
  UNREACHABLE_URL,
} from '@praxis/testing';

/** Enough for every service's configuration to parse; nothing here is ever connected to. */
const environment = {
  PORT: '0',
  DATABASE_URL: 'postgres://nobody@127.0.0.1:1/unused',
  REDIS_URL: 'redis://127.0.0.1:1',
  KAFKA_BROKERS: '127.0.0.1:1',
  INTERNAL_TOKEN_SECRET: TEST_INTERNAL_SECRET,
  ACCESS_TOKEN_SECRET: TEST_ACCESS_SECRET,
  ...Object.fromEntries(
    ['IDENTITY', 'SCHEDULING', 'BILLING', 'CLAIMS', 'TRAINING'].map((service) => [`${service}_URL`, UNREACHABLE_URL]),
  ),
};

// The gateway's live appointment stream is let through by its route table, whose roles come from scheduling's table.
const ANSWERED_BY_THE_ROUTE_TABLE = 'LiveAppointmentsController.follow ';

// Fewer routes than this means the walk missed a feature's module, not that the service lost its routes.
const routesAtLeast: Record<string, number> = {
  identity: 11,
  scheduling: 26,
  billing: 12,
  claims: 12,
  training: 20,
  gateway: 2,
};
const permissionsOf = (service: string): PermissionTable =>
  SERVICE_ACCESS.find((access) => access.service === service)?.permissions ?? {};
const modules = new Map<string, DynamicModule>();
const moduleOf = (service: string): DynamicModule => {
  const module = modules.get(service) ?? builtServiceModule(service, environment);
  modules.set(service, module);
  return module;
};

describe.each(Object.keys(routesAtLeast))('%s routes', (service) => {
  it('each declare who may call them', () => {
    const module = moduleOf(service);
    expect(countRoutes(module)).toBeGreaterThanOrEqual(routesAtLeast[service]);
    const problems = routesWithoutDeclaredAccess(module, permissionsOf(service));
    expect(problems.filter((problem) => !problem.startsWith(ANSWERED_BY_THE_ROUTE_TABLE))).toEqual([]);
  });
});

describe.each(SERVICE_ACCESS.map((access) => [access.service, access] as const))(
  '%s behind the gateway',
  (service, access) => {
    it("is reachable by exactly the roles its routes' permissions name", () => {
      expect(gatewayAndServiceDisagreements(moduleOf(service), access)).toEqual([]);
    });
  },
);

describe('the route walk', () => {
  @Controller('api/v1/forgotten')
  class ForgottenController {
    @Get()
    list() {
      return [];
    }
  }

  it('finds a route that names no access', () => {
    expect(routesWithoutDeclaredAccess({ module: class {}, controllers: [ForgottenController] }, {})).toEqual([
      'ForgottenController.list names no permission and is not @Public() or @AllowAnonymous()',
    ]);
  });
});
