import { Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';

const API_ROOT = '/api/v1/';

const pathsOf = (target: object): string[] =>
  [Reflect.getMetadata(PATH_METADATA, target) as string | string[] | undefined]
    .flat()
    .map((path) => String(path ?? '').replace(/^\/+|\/+$/g, ''));

const joined = (...parts: string[]) => `/${parts.filter(Boolean).join('/')}`.toLowerCase();

/** Up to the first parameter or wildcard: every path a route can match lies at or below it. */
const staticPrefix = (path: string) => path.split(/\/[:*{]/)[0];

const routePathsOf = (controller: Type): string[] => {
  const handlers = Object.getOwnPropertyNames(controller.prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => controller.prototype[name] as unknown)
    .filter((handler): handler is object => typeof handler === 'function')
    .filter((handler) => Reflect.getMetadata(PATH_METADATA, handler) !== undefined);
  return pathsOf(controller).flatMap((base) =>
    handlers.flatMap((handler) => pathsOf(handler).map((path) => joined(base, path))),
  );
};

/**
 * Paths under /api/v1 the gateway answers itself (browser sessions, the live appointment stream...), read from its own
 * controllers' routes, so a route added there is never forwarded by mistake.
 */
export const gatewayOwnedPrefixes = (controllers: readonly Type[]): string[] => [
  ...new Set(
    controllers
      .flatMap(routePathsOf)
      .map(staticPrefix)
      .filter((path) => path.startsWith(API_ROOT)),
  ),
];

/** Whether a request goes to a service by the route table; Nest matches routes case-insensitively, and so does this. */
export const isForwarded = (path: string, ownedPrefixes: readonly string[]): boolean => {
  if (!path.startsWith(API_ROOT)) return false;
  const lowerCase = path.toLowerCase();
  return !ownedPrefixes.some((prefix) => lowerCase === prefix || lowerCase.startsWith(`${prefix}/`));
};
