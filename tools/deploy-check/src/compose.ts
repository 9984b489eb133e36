import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { WORKSPACE } from './workspace';

type KeyValues = Record<string, string | number | boolean | null> | string[];

export interface ComposeService {
  image?: string;
  profiles?: string[];
  build?: { context?: string; dockerfile?: string; args?: KeyValues };
  command?: string | string[];
  environment?: KeyValues;
  ports?: Array<string | number | { target: number }>;
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string | string[] };
  volumes?: Array<string | { source?: string; target?: string }>;
}

export const loadComposeServices = (): Record<string, ComposeService> => {
  const compose = parse(readFileSync(join(WORKSPACE, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services?: Record<string, ComposeService>;
  };
  return compose.services ?? {};
};

/** Compose accepts both `KEY: value` maps and `KEY=value` lists for environment and build args. */
export const keyValues = (entries: KeyValues | undefined): Record<string, string> => {
  if (!entries) return {};
  if (Array.isArray(entries))
    return Object.fromEntries(entries.map((entry) => [entry.split('=')[0], entry.slice(entry.indexOf('=') + 1)]));
  return Object.fromEntries(Object.entries(entries).map(([key, value]) => [key, value === null ? '' : String(value)]));
};

export const commandLine = (service: ComposeService): string =>
  Array.isArray(service.command) ? service.command.join(' ') : (service.command ?? '');

/** Container side of every published port: `"host:container"`, `"ip:host:container/tcp"` or `{ target }`. */
export const publishedContainerPorts = (service: ComposeService): number[] =>
  (service.ports ?? []).map((port) =>
    typeof port === 'object' ? port.target : Number(String(port).split(':').pop()?.split('/')[0]),
  );

export const dependencyCondition = (service: ComposeService, dependency: string): string | undefined => {
  const dependsOn = service.depends_on ?? {};
  if (Array.isArray(dependsOn)) return dependsOn.includes(dependency) ? 'service_started' : undefined;
  return dependsOn[dependency] && (dependsOn[dependency].condition ?? 'service_started');
};

/** Host-side files mounted where the official postgres image runs its first-start scripts. */
export const initScriptsOf = (service: ComposeService): string[] =>
  (service.volumes ?? [])
    .map((volume) =>
      typeof volume === 'string' ? { source: volume.split(':')[0], target: volume.split(':')[1] } : volume,
    )
    .filter((volume) => volume.target?.startsWith('/docker-entrypoint-initdb.d') && volume.source)
    .map((volume) => join(WORKSPACE, volume.source as string));
