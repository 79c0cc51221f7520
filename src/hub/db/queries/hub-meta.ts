import type { Queryable } from '../db';

export async function readMeta<T>(q: Queryable, key: string): Promise<T | undefined> {
  const { rows } = await q.query<{ value: T }>('select value from hub_meta where key = $1', [key]);
  return rows[0]?.value;
}

export async function writeMeta(q: Queryable, key: string, value: unknown): Promise<void> {
  await q.query(
    `insert into hub_meta (key, value) values ($1, $2::jsonb)
     on conflict (key) do update set value = excluded.value, updated_at = now()`,
    [key, JSON.stringify(value)],
  );
}
