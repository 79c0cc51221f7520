import type { Queryable } from '../db';

export type ExtensionStateName = 'requested' | 'granted' | 'declined';

export interface ExtensionRow {
  id: string;
  memberId: string;
  subContractId: string;
  primeContractId: string;
  quarter: string;
  requestedDueDate: string;
  reason: string;
  requestedBy: string | null;
  requestedByName: string | null;
  requestedAt: Date | null;
  deviceId: string | null;
  state: ExtensionStateName;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  grantedDueDate: string | null;
  seq: number;
}

const COLUMNS = `id, member_id as "memberId", sub_contract_id as "subContractId", prime_contract_id as "primeContractId", quarter,
  requested_due_date as "requestedDueDate", reason, requested_by as "requestedBy", requested_by_name as "requestedByName",
  requested_at as "requestedAt", device_id as "deviceId", state, decided_by as "decidedBy", decided_by_name as "decidedByName",
  decided_at as "decidedAt", decision_reason as "decisionReason", granted_due_date as "grantedDueDate", seq`;

export async function insertExtension(q: Queryable, row: ExtensionRow): Promise<void> {
  await q.query(
    `insert into extensions (id, member_id, sub_contract_id, prime_contract_id, quarter, requested_due_date, reason, requested_by,
       requested_by_name, requested_at, device_id, state, decided_by, decided_by_name, decided_at, decision_reason, granted_due_date, seq)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [
      row.id,
      row.memberId,
      row.subContractId,
      row.primeContractId,
      row.quarter,
      row.requestedDueDate,
      row.reason,
      row.requestedBy,
      row.requestedByName,
      row.requestedAt?.toISOString() ?? null,
      row.deviceId,
      row.state,
      row.decidedBy,
      row.decidedByName,
      row.decidedAt?.toISOString() ?? null,
      row.decisionReason,
      row.grantedDueDate,
      row.seq,
    ],
  );
}

/** Records hub staff's decision on a request (the row must still be 'requested'); false if it was not. */
export async function decideExtension(
  q: Queryable,
  id: string,
  decision: Pick<ExtensionRow, 'state' | 'decidedBy' | 'decidedByName' | 'decidedAt' | 'decisionReason' | 'grantedDueDate' | 'seq'>,
): Promise<boolean> {
  const { rowCount } = await q.query(
    `update extensions set state = $2, decided_by = $3, decided_by_name = $4, decided_at = $5, decision_reason = $6,
       granted_due_date = $7, seq = $8
     where id = $1 and state = 'requested'`,
    [
      id,
      decision.state,
      decision.decidedBy,
      decision.decidedByName,
      decision.decidedAt?.toISOString() ?? null,
      decision.decisionReason,
      decision.grantedDueDate,
      decision.seq,
    ],
  );
  return rowCount === 1;
}

export async function findExtension(q: Queryable, id: string, forUpdate = false): Promise<ExtensionRow | undefined> {
  const { rows } = await q.query<ExtensionRow>(`select ${COLUMNS} from extensions where id = $1${forUpdate ? ' for update' : ''}`, [id]);
  return rows[0];
}

/** Extensions of one return (sub-contract + quarter), oldest first. */
export async function extensionsOfReturn(q: Queryable, subContractId: string, quarter: string): Promise<ExtensionRow[]> {
  const { rows } = await q.query<ExtensionRow>(
    `select ${COLUMNS} from extensions where sub_contract_id = $1 and quarter = $2 order by coalesce(requested_at, decided_at), id`,
    [subContractId, quarter],
  );
  return rows;
}

export async function listExtensions(
  q: Queryable,
  filter: { state?: ExtensionStateName | undefined; primeContractId?: string | undefined; subContractIds?: readonly string[] },
): Promise<ExtensionRow[]> {
  const { rows } = await q.query<ExtensionRow>(
    `select ${COLUMNS} from extensions
      where ($1::text is null or state = $1) and ($2::text is null or prime_contract_id = $2)
        and ($3::jsonb is null or sub_contract_id = any(array(select jsonb_array_elements_text($3::jsonb))))
      order by coalesce(requested_at, decided_at) desc, id`,
    [filter.state ?? null, filter.primeContractId ?? null, filter.subContractIds ? JSON.stringify(filter.subContractIds) : null],
  );
  return rows;
}

export async function memberExtensionsBetween(q: Queryable, memberId: string, since: number, upTo: number): Promise<ExtensionRow[]> {
  const { rows } = await q.query<ExtensionRow>(
    `select ${COLUMNS} from extensions where member_id = $1 and seq > $2 and seq <= $3 order by seq`,
    [memberId, since, upTo],
  );
  return rows;
}
