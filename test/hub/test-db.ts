import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../../src/hub/db/db';
import { runMigrations } from '../../src/hub/db/migrate';
import { openPglite } from '../../src/hub/db/pglite';
import { openPostgres, quoteIdent } from '../../src/hub/db/postgres';

export interface TestDbOptions {
  /** Apply the hub's migrations first (default true). */
  migrated?: boolean;
}

/**
 * A database of its own for one test file: PGlite in memory, or, when TEST_DATABASE_URL is set,
 * a fresh schema on that PostgreSQL server (every connection's search_path points at it) that
 * close() drops again. Test files run in parallel, so they must never share tables.
 */
export async function openTestDb(options: TestDbOptions = {}): Promise<Db> {
  const url = process.env.TEST_DATABASE_URL;
  const db = url ? await openFreshSchema(url) : await openPglite();
  if (options.migrated ?? true) await runMigrations(db);
  return db;
}

/** 'pglite' or 'postgres': what openTestDb gives in this run. */
export const testDbKind: Db['kind'] = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

async function openFreshSchema(url: string): Promise<Db> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await withClient(url, (client) => client.query(`create schema ${quoteIdent(schema)}`));
  const db = await openPostgres(url, { searchPath: schema });
  let closed = false;
  return {
    ...db,
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
      await withClient(url, (client) => client.query(`drop schema ${quoteIdent(schema)} cascade`));
    },
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
