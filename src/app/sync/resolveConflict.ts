import { RecordChange } from '../../core/sync';
import type { AppDb } from '../store/db';
import { StoreError } from '../store/errors';
import type { OutboxEntry } from '../store/types';
import { uuidv7 } from '../store/uuidv7';
import { rowFromHub, wireRecord } from './recordRows';

export type ConflictChoice = 'mine' | 'hub';

/**
 * Settles a conflict the person has looked at, in one transaction:
 * - 'hub': the device takes the hub's copy; its own changes to the record are dropped.
 * - 'mine': the device's record as it is now (later edits included) becomes a NEW change based
 *   on the hub's version, so it applies on top of it — nothing at the hub is overwritten unseen.
 * `personId` is who chose (the change records who made it); by default the record's last editor.
 */
export async function resolveConflict(
  db: AppDb,
  seq: number,
  choice: ConflictChoice,
  { now = new Date(), personId }: { now?: Date; personId?: string } = {},
): Promise<void> {
  await db.transaction('rw', [db.outbox, db.records], async () => {
    const entry = await db.outbox.get(seq);
    if (!entry || entry.status !== 'conflict' || !entry.hubCopy || entry.change.entity !== 'record') {
      throw new StoreError('This conflict has already been settled. Nothing was changed.');
    }
    const hub = entry.hubCopy;
    const id = entry.change.entityId;
    const local = await db.records.get(id);
    await db.outbox.where('change.entityId').equals(id).delete();

    if (choice === 'hub' || !local || (local.deleted === 1 && hub.deleted)) {
      const row = rowFromHub(hub, local);
      if (row) await db.records.put(row);
      else if (local) await db.records.delete(id);
      return;
    }
    const version = hub.version + 1;
    const at = now.toISOString();
    const by = personId ?? local.personId;
    const row = { ...local, version, personId: by, updatedAt: at };
    const change = RecordChange.parse({
      changeId: uuidv7(now.getTime()),
      entity: 'record',
      entityId: id,
      op: local.deleted === 1 ? 'delete' : 'upsert',
      version,
      baseVersion: hub.version,
      personId: by,
      deviceTime: at,
      data: local.deleted === 1 ? null : wireRecord(row),
    });
    await db.records.put(row);
    const queued: OutboxEntry = { change, status: 'pending', attempts: 0, lastError: null, findings: [], queuedAt: at };
    await db.outbox.add(queued);
  });
}
