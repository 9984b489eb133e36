import { INestApplication, ParseIntPipe, ParseUUIDPipe, PipeTransform, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { ANONYMOUS_ROUTE } from '@praxis/auth';

/** What a route's code knows about it and Nest's document generator does not read: pipes on path parameters, anonymous access. */
export interface RouteFacts {
  pathParameters: Record<string, Record<string, unknown>>;
  anonymous: boolean;
  /** Classes read whole from the body or the query string: their validation rules describe the request. */
  inputTypes: Type[];
}

const PIPE_SCHEMAS = new Map<Type<PipeTransform>, Record<string, unknown>>([
  [ParseUUIDPipe, { type: 'string', format: 'uuid' }],
  [ParseIntPipe, { type: 'integer' }],
]);

interface RouteArgument {
  data?: unknown;
  pipes?: (Type<PipeTransform> | PipeTransform)[];
}

const schemaOfPipes = (pipes: RouteArgument['pipes'] = []): Record<string, unknown> =>
  pipes.reduce<Record<string, unknown>>((schema, pipe) => {
    const pipeType = (typeof pipe === 'function' ? pipe : pipe.constructor) as Type<PipeTransform>;
    return { ...schema, ...PIPE_SCHEMAS.get(pipeType) };
  }, {});

const argumentsOf = (controller: Type, method: string, kind: RouteParamtypes): (RouteArgument & { index: number })[] =>
  Object.entries(
    (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
      string,
      RouteArgument & { index: number }
    >,
  )
    .filter(([key]) => Number(key.split(':')[0]) === kind)
    .map(([, argument]) => argument);

const pathParametersOf = (controller: Type, method: string): RouteFacts['pathParameters'] =>
  Object.fromEntries(
    argumentsOf(controller, method, RouteParamtypes.PARAM)
      .filter((argument) => typeof argument.data === 'string')
      .map((argument) => [argument.data as string, schemaOfPipes(argument.pipes)]),
  );

const BUILT_IN_TYPES: unknown[] = [String, Number, Boolean, Object, Array];

const inputTypesOf = (controller: Type, method: string): Type[] => {
  const parameterTypes: unknown[] = Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? [];
  return [
    ...argumentsOf(controller, method, RouteParamtypes.BODY),
    ...argumentsOf(controller, method, RouteParamtypes.QUERY),
  ]
    .filter((argument) => argument.data === undefined)
    .map((argument) => parameterTypes[argument.index])
    .filter((type): type is Type => typeof type === 'function' && !BUILT_IN_TYPES.includes(type));
};

/** Keyed by Nest's default operation id, `<Controller>_<method>`. */
export const routeFactsOf = (app: INestApplication): Map<string, RouteFacts> => {
  const facts = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        if (method === 'constructor') continue;
        const handler = (controller.prototype as Record<string, unknown>)[method];
        facts.set(`${controller.name}_${method}`, {
          pathParameters: pathParametersOf(controller, method),
          anonymous: typeof handler === 'function' && Reflect.getMetadata(ANONYMOUS_ROUTE, handler) === true,
          inputTypes: inputTypesOf(controller, method),
        });
      }
    }
  }
  return facts;
};
