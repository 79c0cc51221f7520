import type { Db } from './db';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface OpenDbOptions {
  /** When set, use this PostgreSQL server… */
  databaseUrl?: string | undefined;
  /** …otherwise the embedded PGlite database in this directory ('memory://' for none). */
  pgliteDir?: string | undefined;
  log?: (line: string) => void;
}

export function openDb(options: OpenDbOptions): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.log ? { log: options.log } : {});
  return openPglite(options.pgliteDir);
}
