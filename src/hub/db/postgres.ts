import pg from 'pg';
import type { Db, Queryable, QueryResult } from './db';
import { TYPE_PARSERS } from './type-parsers';

export interface PostgresOptions {
  /** Sets search_path on every connection: tests use it to give each file its own schema. */
  searchPath?: string;
  /** Where to report errors on idle connections (the pool would otherwise crash the process). */
  log?: (line: string) => void;
}

/** Opens a connection pool to the PostgreSQL server at `databaseUrl` and checks that it answers. */
export async function openPostgres(databaseUrl: string, options: PostgresOptions = {}): Promise<Db> {
  const location = describeUrl(databaseUrl);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    connectionTimeoutMillis: 10_000,
    ...(options.searchPath ? { options: `-c search_path=${quoteIdent(options.searchPath)}` } : {}),
    types: { getTypeParser: getTypeParser as typeof pg.types.getTypeParser },
  });
  pool.on('error', (error) => options.log?.(`PostgreSQL connection error: ${error.message}`));
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not connect to PostgreSQL at ${location}: ${message}`, { cause: error });
  }

  let closed = false;
  return {
    kind: 'postgres',
    location,
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(queryable(client));
        await client.query('commit');
        client.release();
        return result;
      } catch (error) {
        // If even the rollback fails the connection is unusable: release(error) destroys it.
        const rollbackError = await client.query('rollback').then(
          () => undefined,
          (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
        );
        client.release(rollbackError);
        throw error;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query(sql, [...params]);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string) {
      // Without parameters pg uses the simple query protocol, which runs several statements.
      await target.query(sql);
    },
  };
}

function getTypeParser(oid: number, format?: 'text' | 'binary'): unknown {
  const parser = format === 'binary' ? undefined : TYPE_PARSERS[oid];
  return parser ?? pg.types.getTypeParser(oid, format ?? 'text');
}

/** user@host:port/database, without the password, for logs and the start-up banner. */
export function describeUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
    return `${user}${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return '(a DATABASE_URL that is not a valid URL)';
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
