import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, Queryable, QueryResult } from './db';
import { TYPE_PARSERS } from './type-parsers';

export const IN_MEMORY = 'memory://';

/**
 * Opens the embedded PGlite database in `dataDir`, creating it if needed; in memory when
 * `dataDir` is undefined or 'memory://'. PGlite is one connection and serialises queries and
 * transactions itself (a query waits for an open transaction to finish).
 */
export async function openPglite(dataDir?: string): Promise<Db> {
  const inMemory = dataDir === undefined || dataDir === IN_MEMORY;
  let pglite: PGlite;
  try {
    if (!inMemory) await mkdir(dataDir, { recursive: true });
    pglite = await PGlite.create(inMemory ? IN_MEMORY : dataDir, { parsers: TYPE_PARSERS });
  } catch (error) {
    const where = inMemory ? 'in memory' : `in ${dataDir}`;
    throw new Error(`Could not open the PGlite database ${where}: ${messageOf(error)}`, { cause: error });
  }
  let closed = false;
  return {
    kind: 'pglite',
    location: inMemory ? 'in memory' : dataDir,
    ...queryable(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(queryable(tx))),
    async close() {
      if (closed) return;
      closed = true;
      await pglite.close();
    },
  };
}

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query<T>(sql, [...params]);
      return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length };
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
