import type { AppDb } from '../store/db';
import type { OutboxEntry } from '../store/types';
import type { OutboxItem } from './types';

/**
 * The next changes to push: pending ones in queue order, at most `limit`, and at most one per
 * record. Why one: the hub decides each change against its copy's version, so if a record's
 * change conflicts, the device's next edit of it (based on the conflicting version) could match
 * the hub's version by number and overwrite the other device's edit unseen. A record's next
 * change therefore goes only after the hub has answered the one before. Records with a
 * quarantined or conflicted change wait for a person and are held back entirely (they never
 * hold up anything else).
 */
export async function selectPushBatch(db: AppDb, limit: number): Promise<OutboxItem[]> {
  return db.transaction('r', db.outbox, async () => {
    const held = await heldRecordIds(db);
    const seen = new Set<string>();
    let putOff = false;
    const entries = await db.outbox
      .where('status')
      .equals('pending')
      .filter((entry) => {
        const id = entry.change.entityId;
        if (held.has(id)) return false;
        if (seen.has(id)) {
          putOff = true;
          return false;
        }
        // A return sealed after records were edited goes after those edits: the hub checks its
        // figures against the records it holds (A4).
        if (putOff && entry.change.entity !== 'record') return false;
        seen.add(id);
        return true;
      })
      .limit(limit)
      .toArray();
    return entries.map(toItem);
  });
}

/** How many changes are ready to go (including later ones of a record, sent in later batches). */
export async function countSendable(db: AppDb): Promise<number> {
  return db.transaction('r', db.outbox, async () => {
    const held = await heldRecordIds(db);
    return db.outbox
      .where('status')
      .equals('pending')
      .filter((entry) => !held.has(entry.change.entityId))
      .count();
  });
}

async function heldRecordIds(db: AppDb): Promise<Set<string>> {
  const waiting = await db.outbox.where('status').anyOf('quarantined', 'conflict').toArray();
  return new Set(waiting.map((entry) => entry.change.entityId));
}

export function toItem(entry: OutboxEntry): OutboxItem {
  if (entry.seq === undefined) throw new Error('An outbox entry read from the database has no seq');
  return { seq: entry.seq, change: entry.change };
}
