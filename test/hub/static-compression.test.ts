import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/hub/http/app';
import type { Db } from '../../src/hub/db/db';
import { openTestDb } from './test-db';

// The app's files travel gzipped to browsers that accept it; the bytes are the same once unpacked.
describe('static app compression', () => {
  let dist: string;
  let db: Db;
  let app: Hono;
  const script = `export const figures = [${Array.from({ length: 2000 }, (_, i) => i).join(',')}];\n`;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'cr-dist-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>Consortium Returns</title>');
    await writeFile(join(dist, 'assets', 'index-abc123.js'), script);
    db = await openTestDb();
    app = createApp({ db, distDir: dist });
  });
  afterAll(async () => {
    await db.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('sends a large script gzipped, keeping its caching headers', async () => {
    const res = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(script.length / 2);
    expect(gunzipSync(body).toString('utf8')).toBe(script);
  });

  it('sends it as it is to a client that does not accept gzip', async () => {
    const res = await app.request('/assets/index-abc123.js');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe(script);
  });

  it('leaves API answers to their own routes', async () => {
    const res = await app.request('/api/health', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.json()).toMatchObject({ ok: true });
  });
});
