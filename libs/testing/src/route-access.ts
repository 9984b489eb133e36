import { DynamicModule, Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ANONYMOUS_ROUTE, PermissionTable, PUBLIC_ROUTE, REQUIRED_PERMISSION } from '@praxis/auth';

type ModuleImport = DynamicModule | Type | Promise<DynamicModule> | undefined;

const metadataOf = (module: Type, key: 'controllers' | 'imports'): unknown[] => Reflect.getMetadata(key, module) ?? [];

export const controllersOf = (module: ModuleImport): Type[] => {
  if (!module || module instanceof Promise) return [];
  const controllers = typeof module === 'function' ? (metadataOf(module, 'controllers') as Type[]) : (module.controllers ?? []);
  const imports = typeof module === 'function' ? metadataOf(module, 'imports') : (module.imports ?? []);
  return [...new Set([...controllers, ...imports.flatMap((imported) => controllersOf(imported as ModuleImport))])];
};

export const handlersOf = (controller: Type): Array<[string, object]> =>
  Object.getOwnPropertyNames(controller.prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => [name, controller.prototype[name] as object] as [string, object])
    .filter(([, handler]) => typeof handler === 'function' && Reflect.getMetadata(PATH_METADATA, handler) !== undefined);

const accessProblem = (controller: Type, handler: object, permissions: PermissionTable): string | undefined => {
  const declared = (key: string) => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
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
