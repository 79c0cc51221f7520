import type { AppDb } from '../store/db';
import type { OutboxEntry } from '../store/types';
import { agreesWithHub, rowFromHub } from './recordRows';
import type { Acknowledgement, AckTally } from './types';

export const CONFLICT_MESSAGE = 'Someone else changed this record at the hub before this change arrived. Choose which version to keep.';

/**
 * Applies the hub's answers to one push, in one transaction, by `seq`: an entry queued while
 * the push was in flight (a later edit) is never touched, and an entry that is gone (settled
 * meanwhile) is skipped.
 * - applied / duplicate: the hub has it; the entry leaves the outbox.
 * - rejected: quarantined with the hub's findings, for a person to fix; the rest goes on.
 * - conflict: if the device's current state agrees with the hub's copy (both deleted, or the
 *   same content) the device takes the hub's version and the record's entries go; otherwise
 *   the entry keeps the hub's copy beside the local record, for a person to choose.
 */
export async function acknowledgeResults(db: AppDb, acks: Acknowledgement[]): Promise<AckTally> {
  const tally: AckTally = { accepted: 0, rejected: 0, settled: 0, conflicts: 0 };
  await db.transaction('rw', [db.outbox, db.records], async () => {
    const entries = await db.outbox.bulkGet(acks.map((a) => a.item.seq));
    const done: number[] = [];
    const updated: OutboxEntry[] = [];
    for (const [i, { item, result }] of acks.entries()) {
      const entry = entries[i];
      if (!entry || entry.change.changeId !== item.change.changeId) continue;
      switch (result.status) {
        case 'applied':
        case 'duplicate':
          done.push(item.seq);
          tally.accepted += 1;
          break;
        case 'rejected':
          updated.push({ ...entry, status: 'quarantined', findings: result.findings, attempts: entry.attempts + 1, lastError: result.findings[0]!.message });
          tally.rejected += 1;
          break;
        case 'conflict': {
          // Only records have versions to conflict over (returns, answers and requests are made once).
          const local = item.change.entity === 'record' ? await db.records.get(item.change.entityId) : undefined;
          if (agreesWithHub(local, result.hubCopy)) {
            const row = rowFromHub(result.hubCopy, local);
            if (row) await db.records.put(row);
            await db.outbox.where('change.entityId').equals(item.change.entityId).delete();
            tally.settled += 1;
          } else {
            updated.push({ ...entry, status: 'conflict', hubCopy: result.hubCopy, attempts: entry.attempts + 1, lastError: CONFLICT_MESSAGE });
            tally.conflicts += 1;
          }
          break;
        }
      }
    }
    await db.outbox.bulkDelete(done);
    // An entry settled by the obvious rule above is gone; do not bring it back.
    const stillThere = await db.outbox.bulkGet(updated.map((e) => e.seq!));
    await db.outbox.bulkPut(updated.filter((_, i) => stillThere[i] !== undefined));
  });
  return tally;
}
