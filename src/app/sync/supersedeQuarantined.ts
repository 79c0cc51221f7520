import { RecordChange } from '../../core/sync';
import type { AppDb } from '../store/db';
import type { OutboxEntry } from '../store/types';
import { uuidv7 } from '../store/uuidv7';
import { wireRecord } from './recordRows';

/**
 * A quarantined change is fixed by editing the record: the edit queues a change on top of the
 * refused one. The hub never took the refused change (it still has the version before it), and
 * nothing queued after it was sent (selectPushBatch holds the record back), so the refused
 * change and everything after it are folded into ONE new change from the hub's version to the
 * record as it is now. Runs before each push, in one transaction.
 */
export async function supersedeQuarantined(db: AppDb, now: Date): Promise<number> {
  return db.transaction('rw', [db.outbox, db.records], async () => {
    let folded = 0;
    for (const refused of await db.outbox.where('status').equals('quarantined').toArray()) {
      // A sealed return version, a query answer or an extension request is never edited: a
      // resubmission is a new version with an id of its own.
      if (refused.change.entity !== 'record') continue;
      const id = refused.change.entityId;
      const entries = await db.outbox.where('change.entityId').equals(id).sortBy('seq');
      const later = entries.filter((e) => e.seq! > refused.seq!);
      const safe = entries[0]?.seq === refused.seq && later.length > 0 && later.every((e) => e.status === 'pending');
      if (!safe) continue;
      const local = await db.records.get(id);
      if (!local) continue;

      await db.outbox.bulkDelete(entries.map((e) => e.seq!));
      folded += 1;
      const base = refused.change.baseVersion;
      if (local.deleted === 1 && base === 0) continue; // made and deleted here; the hub never had it
      const version = base + 1;
      const at = now.toISOString();
      const change = RecordChange.parse({
        changeId: uuidv7(now.getTime()),
        entity: 'record',
        entityId: id,
        op: local.deleted === 1 ? 'delete' : 'upsert',
        version,
        baseVersion: base,
        personId: local.personId,
        deviceTime: at,
        data: local.deleted === 1 ? null : wireRecord(local, { version }),
      });
      await db.records.put({ ...local, version });
      const entry: OutboxEntry = { change, status: 'pending', attempts: 0, lastError: null, findings: [], queuedAt: at };
      await db.outbox.add(entry);
    }
    return folded;
  });
}
