import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleFileFor, isConsolePath } from './console-files';

describe('the console files the gateway serves', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'console-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), '');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps the API, the health probes and the API documents to the gateway', () => {
    expect(
      ['/api/v1/patients', '/api/openapi.json', '/healthz', '/readyz', '/docs', '/metrics'].filter(isConsolePath),
    ).toEqual([]);
    expect(['/', '/calendar', '/sign-in', '/apiary'].every(isConsolePath)).toBe(true);
  });

  it('answers the pages the console draws itself with its index page, never cached', () => {
    expect(consoleFileFor(root, '/calendar')).toEqual({
      path: join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
      cacheControl: 'no-cache',
    });
    expect(consoleFileFor(root, '/')?.path).toBe(join(root, 'index.html'));
  });

  it('lets browsers keep hashed assets for good', () => {
    expect(consoleFileFor(root, '/assets/index-abc123.js')).toEqual({
      path: join(root, 'assets', 'index-abc123.js'),
      contentType: 'text/javascript; charset=utf-8',
      cacheControl: 'public, max-age=31536000, immutable',
    });
  });

  it('finds no file for a missing asset', () => {
    expect(consoleFileFor(root, '/assets/gone.js')).toBeUndefined();
    expect(consoleFileFor(root, '/assets/%E0%A4%A.js')).toBeUndefined();
  });

  it('never hands out a file from outside the console, however the path climbs', () => {
    const indexPage = join(root, 'index.html');
    expect(consoleFileFor(root, '/../../etc/passwd')?.path).toBe(indexPage);
    expect(consoleFileFor(root, '/%2e%2e/%2e%2e/etc/hostname')?.path).toBe(indexPage);
    expect(consoleFileFor(root, '/..%2f..%2fetc%2fhosts.txt')).toBeUndefined();
  });

  it('serves nothing when the console was not built', () => {
    expect(consoleFileFor(join(root, 'missing'), '/calendar')).toBeUndefined();
  });
});
