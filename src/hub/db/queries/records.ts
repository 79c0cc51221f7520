import type { RecordData } from '../../../core/schemas';
import type { Queryable } from '../db';

/** The hub's copy of one record, as stored. */
export interface StoredRecord {
  id: string;
  memberId: string;
  subContractId: string | null;
  type: string | null;
  version: number;
  deleted: boolean;
  /** The latest record; kept after a delete so the hub still knows whose it was. */
  data: RecordData | null;
  personId: string;
  deviceId: string;
  /** The change that made this version (null for records from before migration 0011). */
  changeId: string | null;
}

export interface RecordWrite extends StoredRecord {
  seq: number;
}

const COLUMNS = `id, member_id as "memberId", sub_contract_id as "subContractId", type, version, deleted, data,
  person_id as "personId", device_id as "deviceId", change_id as "changeId"`;

/** `= any(array(…))` rather than `in (select …)`: so the planner probes the primary key instead of scanning. */
export async function findRecords(q: Queryable, ids: readonly string[]): Promise<Map<string, StoredRecord>> {
  if (ids.length === 0) return new Map();
  const { rows } = await q.query<StoredRecord>(
    `select ${COLUMNS} from records where id = any(array(select jsonb_array_elements_text($1::jsonb)))`,
    [JSON.stringify(ids)],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Writes many records in one statement (DESIGN §10: PGlite pays per statement, not per row).
 * The rows travel as one JSON parameter, which both drivers send the same way, each row a
 * compact array rather than an object (a fifth less for PGlite to copy and parse).
 */
export async function upsertRecords(q: Queryable, rows: readonly RecordWrite[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  const compact = rows.map((r) => [r.id, r.memberId, r.subContractId, r.type, r.version, r.deleted, r.data, r.personId, r.deviceId, r.seq, r.changeId]);
  await q.query(
    `insert into records (id, member_id, sub_contract_id, type, version, deleted, data, person_id, device_id, updated_at, seq, change_id)
     select r->>0, r->>1, r->>2, r->>3, (r->>4)::integer, (r->>5)::boolean, nullif(r->6, 'null'::jsonb), r->>7, r->>8, $2,
            (r->>9)::bigint, r->>10
       from jsonb_array_elements($1::jsonb) as r
     on conflict (id) do update
       set sub_contract_id = excluded.sub_contract_id, type = excluded.type, version = excluded.version,
           deleted = excluded.deleted, data = excluded.data, person_id = excluded.person_id,
           device_id = excluded.device_id, updated_at = excluded.updated_at, seq = excluded.seq,
           change_id = excluded.change_id`,
    [JSON.stringify(compact), at.toISOString()],
  );
}

/** A member's records changed after `since` up to `upTo`, oldest change first, at most `limit`. */
export async function memberRecordsBetween(
  q: Queryable,
  memberId: string,
  since: number,
  upTo: number,
  limit: number,
): Promise<(StoredRecord & { seq: number })[]> {
  const { rows } = await q.query<StoredRecord & { seq: number }>(
    `select ${COLUMNS}, seq from records
      where member_id = $1 and seq > $2 and seq <= $3
      order by seq limit $4`,
    [memberId, since, upTo, limit],
  );
  return rows;
}
