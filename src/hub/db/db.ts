/**
 * The hub's one way to talk to its database, whether embedded PGlite or a PostgreSQL server.
 * Every query module takes a `Db` (or, inside a transaction, a `Queryable`) and writes plain
 * PostgreSQL that both understand.
 *
 * Parameters: pass JSON for json/jsonb columns as `JSON.stringify(value)`; the two drivers
 * serialise JS arrays and objects differently. Result types are the same for both drivers
 * (see type-parsers.ts): int8 → number, numeric → string, date → 'YYYY-MM-DD',
 * timestamptz → Date, json/jsonb → parsed value. Use timestamptz, never timestamp.
 */
export type DbKind = 'pglite' | 'postgres';

export interface QueryResult<T> {
  rows: T[];
  /** Rows returned by a SELECT, or changed by an INSERT/UPDATE/DELETE. */
  rowCount: number;
}

export interface Queryable {
  /** One statement, with $1, $2… parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** A script of one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: DbKind;
  /** Where the data lives, safe to print (no password): a directory or a server address. */
  readonly location: string;
  /**
   * Runs `fn` in one transaction: committed if it resolves, rolled back if it throws.
   * Inside `fn` use only `tx`, never the Db itself: PGlite is one connection, so a query on
   * the Db would wait for this very transaction to end.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
