import type { Queryable } from '../../../src/hub/db/db';

/** Tables a request could change, each read in a stable order. */
export const HUB_TABLES = {
  hub_users: 'id',
  hub_sessions: 'token_hash',
  reference_items: 'kind, id',
  change_head: 'id',
  devices: 'id',
  enrolment_codes: 'code_hash',
  records: 'id',
  change_decisions: 'change_id',
  /** A view (migration 0011): change_decisions and each record's current change. */
  change_outcomes: 'change_id',
} as const;

/** Every row of every hub table, so a test can show that a request changed nothing. */
export async function snapshotTables(db: Queryable, tables: readonly (keyof typeof HUB_TABLES)[] = Object.keys(HUB_TABLES) as (keyof typeof HUB_TABLES)[]) {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables) {
    snapshot[table] = (await db.query(`select * from ${table} order by ${HUB_TABLES[table]}`)).rows;
  }
  return snapshot;
}
