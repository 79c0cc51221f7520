import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse } from 'dexie';
import type { AppDb } from '../../../src/app/store/db';

/**
 * Makes every write to `table` fail with `error` from now on, below Dexie's API (a DBCore
 * middleware), as a failing disk would. Dexie builds its middleware stack when it opens, so the
 * database is closed and opened again around this. Resolves to a function that stops it.
 */
export async function failWritesTo(db: AppDb, table: string, error: () => unknown): Promise<() => void> {
  db.close();
  let active = true;
  db.use({
    stack: 'dbcore',
    name: `fail-${table}`,
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => (active ? Promise.reject(error()) : t.mutate(req)),
        };
      },
    }),
  });
  await db.open();
  return () => {
    active = false;
  };
}
