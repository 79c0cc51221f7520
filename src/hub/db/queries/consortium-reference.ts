import type { Queryable } from '../db';

/** Every live reference item of the given kinds, in load order (the consortium is small: hundreds of rows). */
export async function referenceRowsOfKinds(q: Queryable, kinds: readonly string[]): Promise<{ kind: string; data: unknown }[]> {
  const { rows } = await q.query<{ kind: string; data: unknown }>(
    `select kind, data from reference_items
      where not deleted and kind = any(array(select jsonb_array_elements_text($1::jsonb)))
      order by kind, position`,
    [JSON.stringify(kinds)],
  );
  return rows;
}
