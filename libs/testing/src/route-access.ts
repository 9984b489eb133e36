import { DynamicModule, Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { join } from 'node:path';
import { ANONYMOUS_ROUTE, PermissionTable, PUBLIC_ROUTE, REQUIRED_PERMISSION, ServiceAccess } from '@praxis/auth';

type ModuleImport = DynamicModule | Type | Promise<DynamicModule> | undefined;

const metadataOf = (module: Type, key: 'controllers' | 'imports'): unknown[] => Reflect.getMetadata(key, module) ?? [];

export const controllersOf = (module: ModuleImport): Type[] => {
  if (!module || module instanceof Promise) return [];
  const controllers =
    typeof module === 'function' ? (metadataOf(module, 'controllers') as Type[]) : (module.controllers ?? []);
  const imports = typeof module === 'function' ? metadataOf(module, 'imports') : (module.imports ?? []);
  return [...new Set([...controllers, ...imports.flatMap((imported) => controllersOf(imported as ModuleImport))])];
};

export const handlersOf = (controller: Type): Array<[string, object]> =>
  Object.getOwnPropertyNames(controller.prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => [name, controller.prototype[name] as object] as [string, object])
    .filter(
      ([, handler]) => typeof handler === 'function' && Reflect.getMetadata(PATH_METADATA, handler) !== undefined,
    );

const declaredOn = (controller: Type, handler: object, key: string): unknown =>
  Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);

const accessProblem = (controller: Type, handler: object, permissions: PermissionTable): string | undefined => {
  const declared = (key: string) => declaredOn(controller, handler, key);
  if (declared(PUBLIC_ROUTE) || declared(ANONYMOUS_ROUTE)) return undefined;
  const permission = declared(REQUIRED_PERMISSION) as string | undefined;
  if (!permission) return 'names no permission and is not @Public() or @AllowAnonymous()';
  if (!permissions[permission]?.length) return `requires "${permission}", which no role holds in the permission table`;
  return undefined;
};

/** Walks every HTTP route of a service module: each must name its access, so none is open by accident. */
export const routesWithoutDeclaredAccess = (module: DynamicModule, permissions: PermissionTable): string[] =>
  controllersOf(module).flatMap((controller) =>
    handlersOf(controller).flatMap(([name, handler]) => {
      const problem = accessProblem(controller, handler, permissions);
      return problem ? [`${controller.name}.${name} ${problem}`] : [];
    }),
  );

export const countRoutes = (module: DynamicModule): number =>
  controllersOf(module).reduce((total, controller) => total + handlersOf(controller).length, 0);

interface GuardedRoute {
  name: string;
  path: string;
  permission: string;
}

const pathOf = (controller: Type, handler: object): string =>
  '/' +
  [Reflect.getMetadata(PATH_METADATA, controller), Reflect.getMetadata(PATH_METADATA, handler)]
    .map((part) => String(part ?? '').replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');

const guardedRoutesOf = (module: DynamicModule): GuardedRoute[] =>
  controllersOf(module).flatMap((controller) =>
    handlersOf(controller).flatMap(([name, handler]) => {
      const permission = declaredOn(controller, handler, REQUIRED_PERMISSION) as string | undefined;
      return permission ? [{ name: `${controller.name}.${name}`, path: pathOf(controller, handler), permission }] : [];
    }),
  );

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * The gateway lets through a prefix exactly the roles holding one of the permissions the service lists
 * for it. Each guarded route must sit under a listed prefix naming its permission (or the gateway would
 * stop a role the service grants), and each permission listed must guard a route there (or the gateway
 * would let through a role that every route behind it refuses).
 */
export const gatewayAndServiceDisagreements = (module: DynamicModule, access: ServiceAccess): string[] => {
  const routes = guardedRoutesOf(module);
  const prefixOf = (path: string) => Object.keys(access.prefixes).find((prefix) => isUnder(path, prefix));
  const stopped = routes.flatMap(({ name, path, permission }) => {
    const prefix = prefixOf(path);
    if (!prefix) return [`${name} (${path}) is under no prefix the gateway routes to ${access.service}`];
    return access.prefixes[prefix].includes(permission)
      ? []
      : [`${name} requires "${permission}", not listed for ${prefix}`];
  });
  const letThrough = Object.entries(access.prefixes).flatMap(([prefix, permissions]) =>
    permissions
      .filter(
        (permission) => !routes.some((route) => route.permission === permission && prefixOf(route.path) === prefix),
      )
      .map((permission) => `${prefix} lists "${permission}", which no route under it requires`),
  );
  return [...stopped, ...letThrough];
};

interface BuiltRecipe {
  configSchema: { parse(environment: Record<string, string>): unknown };
  module(config: unknown): DynamicModule;
}

const WORKSPACE = join(__dirname, '..', '..', '..');

/** A service's module from the build `npm test` made: outside its own app, a service is reached only as a built artifact. */
export const builtServiceModule = (service: string, environment: Record<string, string>): DynamicModule => {
  const { recipe } = require(join(WORKSPACE, 'dist', 'apps', service, 'src', 'recipe.js')) as { recipe: BuiltRecipe };
  return recipe.module(recipe.configSchema.parse(environment));
};
