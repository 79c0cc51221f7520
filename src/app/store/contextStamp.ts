import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { AppDb } from './db';
import { uuidv7 } from './uuidv7';

/** The tables a record change reads its context from (changeContext.ts): device, set-up, returns. */
export const STAMPED_TABLES: readonly string[] = ['device', 'reference', 'returnVersions', 'returnDrafts'];

/** The one row of the `stamps` table: a new value whenever anything in STAMPED_TABLES is written. */
export const CONTEXT_STAMP = 'context' as const;
export type StampRow = { key: typeof CONTEXT_STAMP; stamp: string };

/**
 * Gives the change context a cheap version: every read-write transaction that writes to one of
 * STAMPED_TABLES also puts a new stamp, in the same transaction, so a stamp read inside another
 * transaction tells whether a copy of the context kept in memory is still the database's.
 *
 * A DBCore middleware rather than a call in each writer, so that no writer can forget it: the
 * sync pull, enrolment, sealing, drafts, tests, and every other tab (each opens its AppDb with
 * it). Tabs of an older app version, without it, are closed by the schema version that brought
 * it (v4), like any upgrade. The `stamps` table is added to the transaction below Dexie's API,
 * so callers need not name it.
 */
export const contextStampMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ContextStamp',
  create: (down) => {
    // While an old database is being upgraded, Dexie builds this stack for the old schema, which
    // has no `stamps` table yet: nothing to stamp then (a kept context is never of such a database).
    if (!down.schema.tables.some((t) => t.name === 'stamps')) return down;
    const stamps = down.table('stamps');
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.some((s) => STAMPED_TABLES.includes(s)) && !stores.includes('stamps') ? [...stores, 'stamps'] : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (!STAMPED_TABLES.includes(name)) return table;
        return {
          ...table,
          // The stamp first: if it cannot be written, neither is the change.
          mutate: async (req: DBCoreMutateRequest) => {
            await stamps.mutate({ trans: req.trans, type: 'put', values: [newStampRow()] });
            return table.mutate(req);
          },
        };
      },
    };
  },
};

export function newStampRow(): StampRow {
  return { key: CONTEXT_STAMP, stamp: uuidv7() };
}

/** The current stamp; call inside a transaction over `stamps`. Undefined before anything was stamped. */
export async function readContextStamp(db: AppDb): Promise<string | undefined> {
  return (await db.stamps.get(CONTEXT_STAMP))?.stamp;
}
