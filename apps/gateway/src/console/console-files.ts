import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface ConsoleFile {
  path: string;
  contentType: string;
  /** Vite names built assets by their content hash, so a browser may keep them for good; index.html must always be asked again. */
  cacheControl: string;
}

/**
 * Paths the console's pages never take: the API, health probes and the gateway's own documents stay where they are, and
 * /metrics keeps its 404 on the public port (metrics live on the internal one) instead of becoming the console's page.
 */
const SERVER_PATHS = /^\/(api|healthz|readyz|docs|openapi\.json|metrics)(\/|$)/;

export const isConsolePath = (urlPath: string): boolean => !SERVER_PATHS.test(urlPath);

const decoded = (urlPath: string): string | undefined => {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
};

const fileIn = (root: string, urlPath: string): string | undefined => {
  const path = decoded(urlPath);
  if (path === undefined) return undefined;
  const candidate = normalize(join(root, path));
  if (!candidate.startsWith(root + sep)) return undefined;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
};

const describe = (path: string, immutable: boolean): ConsoleFile => ({
  path,
  contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
  cacheControl: immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
});

/** The file for a path, or the single page itself for any route the console draws in the browser (its SPA fallback). */
export const consoleFileFor = (root: string, urlPath: string): ConsoleFile | undefined => {
  const file = urlPath === '/' ? undefined : fileIn(root, urlPath);
  if (file) return describe(file, urlPath.startsWith('/assets/'));
  if (extname(urlPath) !== '') return undefined;
  const index = join(root, 'index.html');
  return existsSync(index) ? describe(index, false) : undefined;
};
