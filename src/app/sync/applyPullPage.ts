import type { HubCopy, PullResponse } from '../../core/sync';
import type { AppDb } from '../store/db';
import { applyReturnsPull, returnsPullTables } from '../store/returns/applyReturnsPull';
import { THIS_DEVICE, type OutboxEntry, type StoredRecord } from '../store/types';
import { rowFromHub } from './recordRows';

/**
 * Applies one page of a pull in ONE transaction, cursor included, so a page is applied whole or
 * not at all and the next pull starts right after it.
 * - Reference data replaces the device's copy (only while the device is enrolled).
 * - A record with changes still in the outbox keeps its local state: those changes are the
 *   person's newer work, and the push settles it (applied, or a conflict to choose). A
 *   conflict waiting for a person gets the hub's newer copy to choose from.
 * - Otherwise the hub's copy replaces an older or equal local version.
 * - Returns (the hub's state of each), queries and extension decisions go to the returns tables
 *   (applyReturnsPull), in the same transaction.
 */
export async function applyPullPage(db: AppDb, page: PullResponse, now: Date): Promise<void> {
  await db.transaction('rw', [db.device, db.reference, db.records, db.outbox, db.meta, ...returnsPullTables(db)], async () => {
    if (page.reference && (await db.device.get(THIS_DEVICE))) {
      await db.reference.put({ key: THIS_DEVICE, data: page.reference, receivedAt: now.toISOString() });
    }
    if (page.records.length > 0) await applyRecords(db, page.records);
    await applyReturnsPull(db, page, now);
    await db.meta.put({ key: 'pullCursor', value: page.cursor });
  });
}

async function applyRecords(db: AppDb, copies: HubCopy[]): Promise<void> {
  const ids = [...new Set(copies.map((c) => c.entityId))];
  const waiting = new Map<string, OutboxEntry[]>();
  for (const entry of await db.outbox.where('change.entityId').anyOf(ids).toArray()) {
    const list = waiting.get(entry.change.entityId) ?? [];
    list.push(entry);
    waiting.set(entry.change.entityId, list);
  }
  const locals = new Map<string, StoredRecord | undefined>();
  (await db.records.bulkGet(ids)).forEach((row, i) => locals.set(ids[i]!, row));

  const rows = new Map<string, StoredRecord>();
  const conflicts: OutboxEntry[] = [];
  for (const copy of copies) {
    const queued = waiting.get(copy.entityId);
    if (queued) {
      const conflict = queued.find((e) => e.status === 'conflict');
      if (conflict?.hubCopy && copy.version > conflict.hubCopy.version) {
        conflict.hubCopy = copy;
        conflicts.push(conflict);
      }
      continue;
    }
    const local = rows.get(copy.entityId) ?? locals.get(copy.entityId);
    if (local && copy.version < local.version) continue;
    const row = rowFromHub(copy, local);
    if (row) rows.set(copy.entityId, row);
  }
  await db.records.bulkPut([...rows.values()]);
  await db.outbox.bulkPut(conflicts);
}
