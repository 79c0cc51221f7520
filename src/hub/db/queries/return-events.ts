import type { ReturnState } from '../../../core/schemas';
import type { Queryable } from '../db';

export type ActorKind = 'staff' | 'person' | 'hub';

/** Who did something: hub staff, a member's person (through a device), or the hub itself. */
export interface Actor {
  kind: ActorKind;
  id: string;
  name: string;
}

/** One entry of a return's audit trail. */
export interface ReturnEventRow {
  id: string;
  subContractId: string;
  quarter: string;
  returnId: string | null;
  at: Date;
  actor: Actor;
  action: string;
  fromState: ReturnState | null;
  toState: ReturnState | null;
  version: number | null;
  reason: string | null;
  summary: string;
  details: unknown;
}

export async function insertEvents(q: Queryable, events: readonly ReturnEventRow[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((e, ord) => ({
    ord,
    id: e.id,
    sub_contract_id: e.subContractId,
    quarter: e.quarter,
    return_id: e.returnId,
    at: e.at.toISOString(),
    actor_kind: e.actor.kind,
    actor_id: e.actor.id,
    actor_name: e.actor.name,
    action: e.action,
    from_state: e.fromState,
    to_state: e.toState,
    version: e.version,
    reason: e.reason,
    summary: e.summary,
    details: e.details ?? null,
  }));
  // Ordered by position, so the identity numbers (the trail's order) follow the order given.
  await q.query(
    `insert into return_events (id, sub_contract_id, quarter, return_id, at, actor_kind, actor_id, actor_name, action,
       from_state, to_state, version, reason, summary, details)
     select id, sub_contract_id, quarter, return_id, at, actor_kind, actor_id, actor_name, action, from_state, to_state,
            version, reason, summary, details
       from jsonb_to_recordset($1::jsonb) as r(id text, sub_contract_id text, quarter text, return_id text,
            at timestamptz, actor_kind text, actor_id text, actor_name text, action text, from_state text, to_state text,
            version integer, reason text, summary text, details jsonb, ord integer)
      order by ord`,
    [JSON.stringify(rows)],
  );
}

/** A return's audit trail, oldest first. */
export async function eventsOf(q: Queryable, subContractId: string, quarter: string): Promise<ReturnEventRow[]> {
  const { rows } = await q.query<Omit<ReturnEventRow, 'actor'> & { actorKind: ActorKind; actorId: string; actorName: string }>(
    `select id, sub_contract_id as "subContractId", quarter, return_id as "returnId", at, actor_kind as "actorKind",
            actor_id as "actorId", actor_name as "actorName", action, from_state as "fromState", to_state as "toState",
            version, reason, summary, details
       from return_events where sub_contract_id = $1 and quarter = $2 order by n`,
    [subContractId, quarter],
  );
  return rows.map(({ actorKind, actorId, actorName, ...e }) => ({ ...e, actor: { kind: actorKind, id: actorId, name: actorName } }));
}
