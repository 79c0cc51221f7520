import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { openPglite } from '../../src/hub/db/pglite';
import { createApp } from '../../src/hub/http/app';
import type { ProblemDetails } from '../../src/hub/http/problems';
import { startHub } from '../../src/hub/server';
import { openTestDb, testDbKind } from './test-db';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

describe('GET /api/health', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(() => db.close());

  it('says the hub is up, which database it uses and its version', async () => {
    const response = await createApp({ db }).request('/api/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toEqual({ ok: true, db: testDbKind, version });
  });

  it('answers a 503 problem when the database does not answer', async () => {
    const closed = await openPglite();
    await closed.close();
    const response = await createApp({ db: closed }).request('/api/health');
    expect(response.status).toBe(503);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(((await response.json()) as ProblemDetails).code).toBe('503.2');
  });
});

describe('startHub', () => {
  it('serves /api/health over HTTP on a free port, with the database of this run, until closed', async () => {
    const target = await databaseForThisRun();
    const hub = await startHub({ port: 0, distDir: 'no-dist-needed', log: () => undefined, ...target.options });
    try {
      expect(hub.url).toBe(`http://127.0.0.1:${hub.port}`);
      expect(hub.port).toBeGreaterThan(0);
      const response = await fetch(`${hub.url}/api/health`);
      expect(await response.json()).toEqual({ ok: true, db: testDbKind, version });
      // Migrations ran on start.
      expect((await hub.db.query('select number from schema_migrations where number = 1')).rowCount).toBe(1);
    } finally {
      await hub.close();
      await target.cleanUp();
    }
    await expect(fetch(`${hub.url}/api/health`)).rejects.toThrow();
    await expect(hub.db.query('select 1')).rejects.toThrow();
    await hub.close(); // a second close is harmless
  });
});

/**
 * PGlite in memory normally; with TEST_DATABASE_URL, a fresh schema on that server reached
 * through startHub's own databaseUrl option (search_path set in the URL).
 */
async function databaseForThisRun(): Promise<{
  options: { dataDir: string } | { databaseUrl: string };
  cleanUp: () => Promise<void>;
}> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { options: { dataDir: 'memory://' }, cleanUp: async () => undefined };
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`create schema ${schema}`);
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return { options: { databaseUrl: withSchema.toString() }, cleanUp: () => admin(`drop schema ${schema} cascade`) };
}
