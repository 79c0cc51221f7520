import type { AppDb } from '../store/db';
import { StoreError } from '../store/errors';

/**
 * Gives up a quarantined change the hub will never take (and anything queued after it for the
 * same record). A new record the hub refused is removed from the device. An edit the hub refused
 * leaves the record at the version the hub has; its content then comes back from the hub, so
 * the pull starts again from the beginning (it only brings what the device lacks or has older).
 * Only record changes can be given up: a sealed return must reach the hub (a resubmission is
 * a new version), and answers and requests can be sent again.
 */
export async function discardChange(db: AppDb, seq: number): Promise<void> {
  await db.transaction('rw', [db.outbox, db.records, db.meta], async () => {
    const entry = await db.outbox.get(seq);
    if (!entry || entry.status !== 'quarantined') throw new StoreError('This change is no longer waiting to be fixed. Nothing was changed.');
    if (entry.change.entity !== 'record') throw new StoreError('Only a change to a record can be removed. Nothing was changed.');
    const id = entry.change.entityId;
    await db.outbox.where('change.entityId').equals(id).delete();
    const base = entry.change.baseVersion;
    if (base === 0) {
      await db.records.delete(id);
      return;
    }
    const local = await db.records.get(id);
    if (local) await db.records.put({ ...local, version: base });
    await db.meta.put({ key: 'pullCursor', value: '0' });
  });
}
