import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { createApp } from '../../src/hub/http/app';
import type { ProblemDetails } from '../../src/hub/http/problems';
import { FAKE_DIST_FILES, makeFakeDist } from './fake-dist';
import { openTestDb } from './test-db';

const IMMUTABLE = 'public, max-age=31536000, immutable';

let db: Db;
let dist: string;
let app: Hono;
beforeAll(async () => {
  db = await openTestDb();
  dist = await makeFakeDist();
  app = createApp({ db, distDir: dist });
});
afterAll(async () => {
  await db.close();
  await rm(dirname(dist), { recursive: true, force: true });
});

describe('serving the built app', () => {
  it.each([
    ['/', 'index.html', 'text/html; charset=utf-8', 'no-cache'],
    ['/index.html', 'index.html', 'text/html; charset=utf-8', 'no-cache'],
    ['/manifest.webmanifest', 'manifest.webmanifest', 'application/manifest+json', 'no-cache'],
    ['/sw.js', 'sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/registerSW.js', 'registerSW.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/workbox-5f3e2d1c.js', 'workbox-5f3e2d1c.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/assets/index-a1b2c3.js', 'assets/index-a1b2c3.js', 'text/javascript; charset=utf-8', IMMUTABLE],
    ['/assets/index-d4e5f6.css', 'assets/index-d4e5f6.css', 'text/css; charset=utf-8', IMMUTABLE],
    ['/icons/icon-192.png', 'icons/icon-192.png', 'image/png', 'no-cache'],
    ['/robots.txt', 'robots.txt', 'text/plain; charset=utf-8', 'no-cache'],
  ])('GET %s serves %s as %s with Cache-Control %s', async (path, file, contentType, cacheControl) => {
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(contentType);
    expect(response.headers.get('Cache-Control')).toBe(cacheControl);
    expect(await response.text()).toBe(FAKE_DIST_FILES[file]);
  });

  it.each(['/returns', '/returns/2026-27-q1/check', '/members/', '/assets'])(
    'answers the client-side route %s with index.html, revalidated every time',
    async (path) => {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
      expect(await response.text()).toBe(FAKE_DIST_FILES['index.html']);
    },
  );

  it.each(['/missing.png', '/assets/index-000000.js', '/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/icons/%00.png'])(
    'answers %s, which is not a file of the app, with a 404 problem',
    async (path) => {
      const response = await app.request(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    },
  );

  it.each(['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt'])(
    'never serves a file outside dist, even for %s',
    async (path) => {
      const response = await app.request(path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('do not serve me');
    },
  );

  it('never answers /api paths with the app', async () => {
    const response = await app.request('/api/returns');
    expect(response.status).toBe(404);
    expect(((await response.json()) as ProblemDetails).code).toBe('404.1');
  });

  it('does not serve the app to other methods', async () => {
    expect((await app.request('/', { method: 'POST' })).status).toBe(404);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await app.request('/sw.js', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Length')).toBe(String(FAKE_DIST_FILES['sw.js']!.length));
    expect(await response.text()).toBe('');
  });

  it('answers a revalidation of an unchanged file with 304', async () => {
    const first = await app.request('/sw.js');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await app.request('/sw.js', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('Cache-Control')).toBe('no-cache');
    expect(await again.text()).toBe('');
    const other = await app.request('/sw.js', { headers: { 'If-None-Match': 'W/"something-else"' } });
    expect(other.status).toBe(200);
  });

  it('sends security headers that allow only the app itself', async () => {
    const response = await app.request('/');
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
  });
});

describe('without a built app', () => {
  it('answers / and client-side routes with a 503 problem saying to build it', async () => {
    const bare = createApp({ db, distDir: join(dist, 'not-built') });
    for (const path of ['/', '/returns']) {
      const response = await bare.request(path);
      expect(response.status).toBe(503);
      const problem = (await response.json()) as ProblemDetails;
      expect(problem.code).toBe('503.1');
      expect(problem.detail).toContain('Run `npm run build`');
    }
    expect((await bare.request('/api/health')).status).toBe(200);
  });
});
