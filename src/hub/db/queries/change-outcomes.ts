import type { Finding } from '../../../core/schemas';
import type { Queryable } from '../db';

export type OutcomeStatus = 'applied' | 'conflict' | 'rejected';

export interface ChangeOutcome {
  changeId: string;
  memberId: string;
  deviceId: string;
  entityId: string;
  status: OutcomeStatus;
  version: number | null;
  findings: Finding[] | null;
}

/**
 * The stored decisions for these change ids: conflicts, rejections, and applied changes that a
 * later change has superseded. A record's current change lives on the record (migration 0011).
 */
export async function findOutcomes(q: Queryable, changeIds: readonly string[]): Promise<Map<string, ChangeOutcome>> {
  if (changeIds.length === 0) return new Map();
  const { rows } = await q.query<ChangeOutcome>(
    `select change_id as "changeId", member_id as "memberId", device_id as "deviceId", entity_id as "entityId",
            status, version, findings
       from change_decisions where change_id = any(array(select jsonb_array_elements_text($1::jsonb)))`,
    [JSON.stringify(changeIds)],
  );
  return new Map(rows.map((r) => [r.changeId, r]));
}

/**
 * One statement for the whole batch. Columns travel as parallel arrays through unnest, which
 * PGlite reads several times faster than the same rows as one JSON document (bench hub-ingest).
 */
export async function insertOutcomes(q: Queryable, outcomes: readonly ChangeOutcome[], at: Date): Promise<void> {
  if (outcomes.length === 0) return;
  const column = <T>(pick: (o: ChangeOutcome) => T) => outcomes.map(pick);
  await q.query(
    `insert into change_decisions (change_id, member_id, device_id, entity_id, status, version, findings, decided_at)
     select change_id, member_id, device_id, entity_id, status, version, findings::jsonb, $8
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::text[])
         as u(change_id, member_id, device_id, entity_id, status, version, findings)
     on conflict (change_id) do nothing`,
    [
      column((o) => o.changeId),
      column((o) => o.memberId),
      column((o) => o.deviceId),
      column((o) => o.entityId),
      column((o) => o.status),
      column((o) => o.version),
      column((o) => (o.findings ? JSON.stringify(o.findings) : null)),
      at.toISOString(),
    ],
  );
}
