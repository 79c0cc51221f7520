import type { Queryable } from '../db';
import type { ReferenceItem } from '../../services/reference-items';
import { takeSeqs } from './change-head';

/**
 * Makes the stored reference data equal `items`: new and changed items get new change numbers,
 * unchanged ones keep theirs, and items no longer present are marked deleted (so pulls notice).
 * Run inside a transaction. Returns how many items changed.
 */
export async function saveReferenceItems(tx: Queryable, items: readonly ReferenceItem[]): Promise<number> {
  const first = await takeSeqs(tx, items.length + 1);
  const rows = items.map((item, i) => ({
    kind: item.kind,
    id: item.id,
    member_id: item.memberId,
    position: item.position,
    data: item.data,
    seq: first + i,
  }));
  const upserted = await tx.query(
    `insert into reference_items (kind, id, member_id, position, data, seq)
     select kind, id, member_id, position, data, seq
       from jsonb_to_recordset($1::jsonb) as r(kind text, id text, member_id text, position integer, data jsonb, seq bigint)
     on conflict (kind, id) do update
       set member_id = excluded.member_id, position = excluded.position, data = excluded.data,
           deleted = false, seq = excluded.seq
     where reference_items.deleted
        or reference_items.data is distinct from excluded.data
        or reference_items.member_id is distinct from excluded.member_id
        or reference_items.position <> excluded.position`,
    [JSON.stringify(rows)],
  );
  const removed = await tx.query(
    `update reference_items set deleted = true, seq = $2
      where not deleted
        and (kind, id) not in (select kind, id from jsonb_to_recordset($1::jsonb) as r(kind text, id text))`,
    [JSON.stringify(rows.map(({ kind, id }) => ({ kind, id }))), first + items.length],
  );
  return upserted.rowCount + removed.rowCount;
}

export async function hasConsortium(q: Queryable): Promise<boolean> {
  const { rowCount } = await q.query(`select 1 from reference_items where kind = 'consortium' and not deleted`);
  return rowCount > 0;
}

/** The rows `memberId` may see (its own and the shared ones), in load order. */
export async function memberShareRows(q: Queryable, memberId: string): Promise<{ kind: string; data: unknown }[]> {
  const { rows } = await q.query<{ kind: string; data: unknown }>(
    `select kind, data from reference_items
      where not deleted and (member_id is null or member_id = $1)
      order by kind, position`,
    [memberId],
  );
  return rows;
}

/** Whether anything `memberId` may see changed after change number `since`, up to `upTo`. */
export async function shareChangedBetween(q: Queryable, memberId: string, since: number, upTo: number): Promise<boolean> {
  const { rowCount } = await q.query(
    `select 1 from reference_items
      where seq > $2 and seq <= $3 and (member_id is null or member_id = $1)
      limit 1`,
    [memberId, since, upTo],
  );
  return rowCount > 0;
}

export interface MemberRow {
  id: string;
  name: string;
  kind: string;
  active: boolean;
}

export async function findMember(q: Queryable, memberId: string): Promise<MemberRow | undefined> {
  const { rows } = await q.query<{ data: MemberRow }>(
    `select data from reference_items where kind = 'member' and id = $1 and not deleted`,
    [memberId],
  );
  const data = rows[0]?.data;
  return data && { id: data.id, name: data.name, kind: data.kind, active: data.active };
}

export async function listMembers(q: Queryable): Promise<MemberRow[]> {
  const { rows } = await q.query<{ data: MemberRow }>(
    `select data from reference_items where kind = 'member' and not deleted order by position`,
  );
  return rows.map(({ data }) => ({ id: data.id, name: data.name, kind: data.kind, active: data.active }));
}

export interface MemberScope {
  subContractIds: Set<string>;
  /** Person id → role ('manager' | 'staff' | 'volunteer'). */
  people: Map<string, string>;
}

/** What a push from `memberId` may refer to: its sub-contracts and its people. */
export async function memberScope(q: Queryable, memberId: string): Promise<MemberScope> {
  const { rows } = await q.query<{ kind: string; id: string; role: string | null }>(
    `select kind, id, data->>'role' as role from reference_items
      where member_id = $1 and kind in ('subContract', 'person') and not deleted`,
    [memberId],
  );
  return {
    subContractIds: new Set(rows.filter((r) => r.kind === 'subContract').map((r) => r.id)),
    people: new Map(rows.filter((r) => r.kind === 'person').map((r) => [r.id, r.role ?? ''])),
  };
}
