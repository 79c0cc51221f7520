import type { Queryable } from '../db';

export type QueryStateName = 'open' | 'answered' | 'closed';

/** A hub query on a field of a return (table `queries`). */
export interface QueryRow {
  id: string;
  returnId: string;
  memberId: string;
  returnVersion: number;
  path: string;
  question: string;
  raisedBy: string;
  raisedByName: string;
  raisedAt: Date;
  state: QueryStateName;
  closedAt: Date | null;
  closedBy: string | null;
  seq: number;
}

export interface AnswerRow {
  id: string;
  queryId: string;
  memberId: string;
  personId: string | null;
  byName: string;
  deviceId: string | null;
  changeId: string | null;
  comment: string;
  answeredAt: Date;
}

const COLUMNS = `id, return_id as "returnId", member_id as "memberId", return_version as "returnVersion", path, question,
  raised_by as "raisedBy", raised_by_name as "raisedByName", raised_at as "raisedAt", state, closed_at as "closedAt",
  closed_by as "closedBy", seq`;
const ANSWER_COLUMNS = `id, query_id as "queryId", member_id as "memberId", person_id as "personId", by_name as "byName",
  device_id as "deviceId", change_id as "changeId", comment, answered_at as "answeredAt"`;

export async function insertQuery(q: Queryable, row: QueryRow): Promise<void> {
  await q.query(
    `insert into queries (id, return_id, member_id, return_version, path, question, raised_by, raised_by_name, raised_at, state,
       closed_at, closed_by, seq)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      row.id,
      row.returnId,
      row.memberId,
      row.returnVersion,
      row.path,
      row.question,
      row.raisedBy,
      row.raisedByName,
      row.raisedAt.toISOString(),
      row.state,
      row.closedAt?.toISOString() ?? null,
      row.closedBy,
      row.seq,
    ],
  );
}

export async function setQueryState(
  q: Queryable,
  id: string,
  change: { state: QueryStateName; seq: number; closedAt?: Date; closedBy?: string },
): Promise<void> {
  await q.query('update queries set state = $2, seq = $3, closed_at = coalesce($4, closed_at), closed_by = coalesce($5, closed_by) where id = $1', [
    id,
    change.state,
    change.seq,
    change.closedAt?.toISOString() ?? null,
    change.closedBy ?? null,
  ]);
}

export async function findQuery(q: Queryable, id: string, forUpdate = false): Promise<QueryRow | undefined> {
  const { rows } = await q.query<QueryRow>(`select ${COLUMNS} from queries where id = $1${forUpdate ? ' for update' : ''}`, [id]);
  return rows[0];
}

export async function queriesOfReturns(q: Queryable, returnIds: readonly string[]): Promise<QueryRow[]> {
  if (returnIds.length === 0) return [];
  const { rows } = await q.query<QueryRow>(
    `select ${COLUMNS} from queries where return_id = any(array(select jsonb_array_elements_text($1::jsonb))) order by raised_at, id`,
    [JSON.stringify(returnIds)],
  );
  return rows;
}

export async function memberQueriesBetween(q: Queryable, memberId: string, since: number, upTo: number): Promise<QueryRow[]> {
  const { rows } = await q.query<QueryRow>(
    `select ${COLUMNS} from queries where member_id = $1 and seq > $2 and seq <= $3 order by seq`,
    [memberId, since, upTo],
  );
  return rows;
}

export async function insertAnswer(q: Queryable, row: AnswerRow): Promise<void> {
  await q.query(
    `insert into query_answers (id, query_id, member_id, person_id, by_name, device_id, change_id, comment, answered_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [row.id, row.queryId, row.memberId, row.personId, row.byName, row.deviceId, row.changeId, row.comment, row.answeredAt.toISOString()],
  );
}

export async function findAnswer(q: Queryable, id: string): Promise<AnswerRow | undefined> {
  const { rows } = await q.query<AnswerRow>(`select ${ANSWER_COLUMNS} from query_answers where id = $1`, [id]);
  return rows[0];
}

/** Answers of the given queries, oldest first. */
export async function answersOf(q: Queryable, queryIds: readonly string[]): Promise<AnswerRow[]> {
  if (queryIds.length === 0) return [];
  const { rows } = await q.query<AnswerRow>(
    `select ${ANSWER_COLUMNS} from query_answers where query_id = any(array(select jsonb_array_elements_text($1::jsonb)))
      order by answered_at, id`,
    [JSON.stringify(queryIds)],
  );
  return rows;
}
