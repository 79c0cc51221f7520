import type { Finding } from '../../core/schemas';
import type { ChangeResult, PushRequest, RecordChange } from '../../core/sync';
import { instantToMs } from '../../core/time';
import type { Db } from '../db/db';
import { lockChangeHead, takeSeqs } from '../db/queries/change-head';
import { findOutcomes, insertOutcomes, type ChangeOutcome } from '../db/queries/change-outcomes';
import { touchDevice } from '../db/queries/devices';
import { findRecords, upsertRecords, type StoredRecord } from '../db/queries/records';
import { memberScope } from '../db/queries/reference-items';
import { decideChange } from './decide-change';
import { applyMemberChanges, type MemberChange } from './returns/apply-member-changes';

export interface PushingDevice {
  deviceId: string;
  memberId: string;
}

export interface PushOptions {
  now: Date;
  recordFindings?: (change: RecordChange) => Finding[];
}

/**
 * Applies a push in ONE transaction (DESIGN §5): every change is decided in order against the
 * hub's copy, and the batch's writes go to the database in a few multi-row statements, so a
 * batch of 500 costs about eight round trips whatever its size (DESIGN §10).
 *
 * Locking the change head first serialises pushes: the versions read below cannot change until
 * this transaction commits, so two devices editing one record cannot both apply.
 */
export async function applyPush(db: Db, device: PushingDevice, push: PushRequest, options: PushOptions): Promise<ChangeResult[]> {
  const { now } = options;
  return db.transaction(async (tx) => {
    await lockChangeHead(tx);
    const changes = push.changes.filter((c): c is RecordChange => c.entity === 'record');
    const others = push.changes.filter((c): c is MemberChange => c.entity !== 'record');
    const scope = await memberScope(tx, device.memberId);
    const outcomes = await findOutcomes(tx, unique(push.changes.map((c) => c.changeId)));
    const records = await findRecords(tx, unique(changes.map((c) => c.entityId)));
    const ctx = { ...device, scope, outcomes, records, ...(options.recordFindings ? { recordFindings: options.recordFindings } : {}) };

    const results: ChangeResult[] = [];
    const newOutcomes: ChangeOutcome[] = [];
    const writes = new Map<string, StoredRecord>();
    for (const change of changes) {
      const decision = decideChange(change, ctx);
      results.push(decision.result);
      if (decision.outcome) {
        newOutcomes.push(decision.outcome);
        outcomes.set(decision.outcome.changeId, decision.outcome);
      }
      if (decision.write) {
        records.set(change.entityId, decision.write);
        // Only the last state of a record changed twice in one batch is written.
        writes.delete(change.entityId);
        writes.set(change.entityId, decision.write);
      }
    }

    if (writes.size > 0) {
      const first = await takeSeqs(tx, writes.size);
      await upsertRecords(tx, [...writes.values()].map((record, i) => ({ ...record, seq: first + i })), now);
    }
    // Returns, query answers and extension requests after the records are written, so that the
    // hub's A4 check sees records that came in the same batch as the return made from them.
    const otherResults = await applyMemberChanges(
      tx,
      { ...device, scope, outcomes, now, pushDeviceTime: push.deviceTime },
      others,
    );
    for (const r of otherResults) if (r.outcome) newOutcomes.push(r.outcome);
    await insertOutcomes(tx, newOutcomes, now);
    await touchDevice(tx, device.deviceId, now, instantToMs(push.deviceTime) - now.getTime());
    // One result per change, in the order sent.
    const recordResults = results.values();
    const memberResults = otherResults.values();
    return push.changes.map((c) => (c.entity === 'record' ? recordResults.next().value! : memberResults.next().value!.result));
  });
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
